import type { PublicEntity } from '../import/public-entities/public-entity';
import { retailTransactions } from '../import/public-entities/transactions';
import { retailTransactionSalesLinesV2 } from '../import/public-entities/sales-lines';
import { retailTransactionPaymentLinesV2 } from '../import/public-entities/payment-lines';
import { retailTransactionOrderStatusBiEntities } from '../import/public-entities/order-status';
import type { PullRequest } from './pull-request';

/**
 * The OData queries a pull sends: for each entity set, its $filter (companies, stores, days, or the
 * transactions found by their status), $select (the properties this app stores, and the key), and
 * cross-company=true: without it HQ answers for the signed-in person's default company only, which
 * need not be the one chosen. Only GET, only under /data/: nothing is written to HQ.
 */
export interface PulledSet {
  entity: PublicEntity;
  /** The property a day window filters on; null where the set has none (its rows are then read by their transactions' numbers). */
  date: string | null;
  /** The properties that hold the store and the transaction's number. */
  store: string;
  transactionNumber: string;
}

export const STATUS_SET: PulledSet & { date: string } = { entity: retailTransactionOrderStatusBiEntities, date: 'CreatedOn', store: 'store', transactionNumber: 'transactionId' };
export const TRANSACTION_SETS: readonly PulledSet[] = [
  { entity: retailTransactions, date: 'TransactionDate', store: 'OperatingUnitNumber', transactionNumber: 'TransactionNumber' },
  { entity: retailTransactionSalesLinesV2, date: 'TransactionDate', store: 'OperatingUnitNumber', transactionNumber: 'TransactionNumber' },
  // Payment lines V2 carry no date in $metadata: they are read by the numbers of the transactions read.
  { entity: retailTransactionPaymentLinesV2, date: null, store: 'OperatingUnitNumber', transactionNumber: 'TransactionNumber' },
];

/**
 * The longest request path a pull builds (under /data/; the environment's origin adds about 40):
 * what IIS and the proxies between take by default is 2,048 characters of query string.
 */
export const MAX_QUERY_LENGTH = 1_900;

/** The enum member as F&O's OData writes it in a filter. */
export const enumLiteral = (enumType: string, member: string) => `Microsoft.Dynamics.DataEntities.${enumType}'${member}'`;
/** A text literal: quotes doubled, as OData escapes them. */
const text = (value: string) => `'${value.replace(/'/g, "''")}'`;
const anyOf = (property: string, values: readonly string[]) => (values.length === 1 ? `${property} eq ${text(values[0]!)}` : `(${values.map((v) => `${property} eq ${text(v)}`).join(' or ')})`);

/** The properties read of an entity: those that fill a field here, and its key (HQ sends the rest only if asked, and they are not needed). */
export const selectOf = (entity: PublicEntity): string[] => [...new Set([...entity.key, ...entity.properties.filter((p) => p[2] !== undefined).map((p) => p[0])])];

function query(set: PulledSet, filter: string, select = selectOf(set.entity)): string {
  return `${set.entity.set}?cross-company=true&$filter=${encodeURIComponent(filter)}&$select=${select.join(',')}`;
}

/** The companies and stores asked for, and the days where the set has a date. */
function scopeTerms(set: PulledSet, request: PullRequest): string[] {
  const terms = [anyOf('dataAreaId', request.companies)];
  if (set.date !== null) {
    const end = new Date(Date.parse(`${request.to}T00:00:00Z`) + 86_400_000).toISOString().replace('.000', '');
    terms.push(`${set.date} ge ${request.from}T00:00:00Z`, `${set.date} lt ${end}`);
  }
  if (request.stores.length) terms.push(anyOf(set.store, request.stores));
  return terms;
}

const windowFilter = (set: PulledSet & { date: string }, request: PullRequest): string => scopeTerms(set, request).join(' and ');

/**
 * The time HQ last changed a row, where the entity has one: of the sets pulled, only the order
 * statuses (RetailTransactionOrderStatusBIEntities) carry it in $metadata. HQ's Edit and audit
 * marks the status row of a transaction it edits (ManuallyModified, LastEditUser), so a changed
 * status finds an edited transaction too.
 */
export const MODIFIED_PROPERTY = 'SysModifiedDateTime';

const keysOf = (set: PulledSet) => ['dataAreaId', set.transactionNumber];

/** The first page of the order statuses HQ changed at or after `since` (ISO) in the request's companies, stores and days: their keys alone. */
export function changedStatusesQuery(request: PullRequest, since: string): string {
  const at = new Date(since).toISOString().replace('.000', '');
  return query(STATUS_SET, [...scopeTerms(STATUS_SET, request), `${MODIFIED_PROPERTY} ge ${at}`].join(' and '), keysOf(STATUS_SET));
}

/**
 * The first page of the transactions of the request's days from the day of `since` on (RetailTransactions
 * has no modification time: a refresh reads the days that can have new ones), their keys alone; null
 * when those days are past the request's last.
 */
export function recentTransactionsQuery(request: PullRequest, since: string): string | null {
  const sinceDay = since.slice(0, 10);
  const from = sinceDay > request.from ? sinceDay : request.from;
  if (from > request.to) return null;
  const set = TRANSACTION_SETS[0]!;
  return query(set, scopeTerms(set, { ...request, from }).join(' and '), keysOf(set));
}

/** The first page of a set over the request's days (every status, or only the unsynchronized for the status set). */
export function windowQuery(set: PulledSet & { date: string }, request: PullRequest): string {
  const unsynchronized = set === STATUS_SET && request.unsynchronizedOnly ? ` and Status ne ${enumLiteral('RetailTransactionOrderStatusType', 'Succeeded')}` : '';
  return query(set, windowFilter(set, request) + unsynchronized);
}

/** A transaction found by its status: enough of its key to find its rows in the other sets. */
export interface FoundTransaction {
  company: string;
  transactionNumber: string;
}

/**
 * The first pages of a set for the transactions found: one query per company and per as many of
 * its transactions as fit in MAX_QUERY_LENGTH, each named by its number.
 */
export function keyQueries(set: PulledSet, found: readonly FoundTransaction[]): string[] {
  const byCompany = new Map<string, Set<string>>();
  for (const { company, transactionNumber } of found) {
    let numbers = byCompany.get(company);
    if (!numbers) byCompany.set(company, (numbers = new Set()));
    numbers.add(transactionNumber);
  }
  const queries: string[] = [];
  const separator = encodeURIComponent(' or ').length;
  for (const [company, numbers] of byCompany) {
    const make = (chunk: string[]) => query(set, `dataAreaId eq ${text(company)} and ${anyOf(set.transactionNumber, chunk)}`);
    // The length grows by each term and its separator: counted as it grows, not rebuilt for each.
    const empty = make(['']).length - encodeURIComponent(`${set.transactionNumber} eq ''`).length;
    let chunk: string[] = [];
    let length = empty;
    for (const number of numbers) {
      const term = encodeURIComponent(`${set.transactionNumber} eq ${text(number)}`).length + separator + 2;
      if (chunk.length && length + term > MAX_QUERY_LENGTH) {
        queries.push(make(chunk));
        chunk = [];
        length = empty;
      }
      chunk.push(number);
      length += term;
    }
    if (chunk.length) queries.push(make(chunk));
  }
  return queries;
}
