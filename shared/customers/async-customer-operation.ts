import { cmp, type EntityTable } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { replaceTerms, type SearchTables } from './customer-search';
import type { AsyncAddress, AsyncAffiliation, AsyncAttribute, AsyncContact, AsyncCustomer, ChannelCustomerOperation, CoreValues } from './customers';

/** One uploaded operation across the five RETAILASYNC* tables. */
export interface AsyncOperation {
  header: AsyncCustomer;
  address: AsyncAddress | undefined;
  contacts: AsyncContact[];
  affiliations: AsyncAffiliation[];
  attributes: AsyncAttribute[];
}

export const asyncTables = (db: HqDatabase) => [db.asyncCustomers, db.asyncAddresses, db.asyncContacts, db.asyncAffiliations, db.asyncAttributes];

/** What a transaction that writes operations covers: the five tables, and the search written with them (customer-search.ts). */
export const asyncWriteTables = (db: HqDatabase) => [...asyncTables(db), db.asyncCustomerTerms, db.asyncCustomerTermCounts];

/** The search's tables, for replaceTerms. */
export const searchTablesOf = (db: HqDatabase): SearchTables => ({ terms: db.asyncCustomerTerms, counts: db.asyncCustomerTermCounts });

/**
 * A line table's rows of several operations, by operation, each operation's in the order they were
 * stored. One getAll per operation, all sent at once, so IndexedDB answers them one after the
 * other without waiting on this thread; anyOf would walk a cursor, a round trip per row.
 */
export async function linesOf<R extends { id?: number; operationId: string }>(table: EntityTable<R, 'id'>, ids: readonly string[]): Promise<Map<string, R[]>> {
  const rows = await Promise.all(ids.map((id) => table.where('operationId').equals(id).toArray()));
  return new Map(ids.map((id, i) => [id, rows[i]!]));
}

/** Beyond this many operations per operation wanted, a run's range holds mostly others: read operation by operation. */
const SPARSE_OPERATIONS = 2;

/**
 * The ids, each once, in runs that differ only in their trailing number of one length (one
 * channel database's counter: OP-CDB1-17 … OP-CDB1-98), each run in key order: a run's ids lie
 * close together in key order, where a number of another length would not (OP-CDB1-100 sorts
 * between 17 and 98).
 */
function counterRuns(ids: readonly string[]): string[][] {
  const runs = new Map<string, string[]>();
  for (const id of [...new Set(ids)].sort(cmp)) {
    const number = /\d*$/.exec(id)![0];
    const run = `${id.slice(0, id.length - number.length)}\u0000${number.length}`;
    const list = runs.get(run);
    if (list) list.push(id);
    else runs.set(run, [id]);
  }
  return [...runs.values()];
}

/** A run's rows in the five tables: headers, addresses, contacts, affiliations, attributes. */
type RunRows = [AsyncCustomer[], AsyncAddress[], AsyncContact[], AsyncAffiliation[], AsyncAttribute[]];

/**
 * A run's rows, read from its first id to its last with one getAll per table where its headers'
 * range holds at most two operations for each one wanted (a job's chunk: a channel's operations
 * follow one another), else operation by operation (a scattered run costs one limited read more).
 * IndexedDB pays for each request about as much as for each row it answers with.
 */
async function runRows(db: HqDatabase, run: readonly string[]): Promise<RunRows> {
  const [first, last] = [run[0]!, run[run.length - 1]!];
  const limit = SPARSE_OPERATIONS * run.length;
  const headers = run.length > 1 ? await db.asyncCustomers.where(':id').between(first, last, true, true).limit(limit + 1).toArray() : null;
  if (headers && headers.length <= limit) {
    const linesBetween = <R extends { id?: number; operationId: string }>(table: EntityTable<R, 'id'>) => table.where('operationId').between(first, last, true, true).toArray();
    return Promise.all([
      headers, db.asyncAddresses.where(':id').between(first, last, true, true).toArray(),
      linesBetween(db.asyncContacts), linesBetween(db.asyncAffiliations), linesBetween(db.asyncAttributes),
    ]);
  }
  const found = <R>(rows: (R | undefined)[]) => rows.filter((row) => row !== undefined);
  const linesEach = async <R extends { id?: number; operationId: string }>(table: EntityTable<R, 'id'>) => [...(await linesOf(table, run)).values()].flat();
  return Promise.all([
    db.asyncCustomers.bulkGet([...run]).then(found), db.asyncAddresses.bulkGet([...run]).then(found),
    linesEach(db.asyncContacts), linesEach(db.asyncAffiliations), linesEach(db.asyncAttributes),
  ]);
}

/** Rows of a line table by operation, in the order read. */
export function byOperation<R extends { operationId: string }>(rows: readonly R[]): Map<string, R[]> {
  const grouped = new Map<string, R[]>();
  for (const row of rows) {
    const list = grouped.get(row.operationId);
    if (list) list.push(row);
    else grouped.set(row.operationId, [row]);
  }
  return grouped;
}

/** Several operations, a few requests for each run of ids (see runRows); undefined where HQ has no such operation. */
export async function loadOperations(db: HqDatabase, operationIds: readonly string[]): Promise<(AsyncOperation | undefined)[]> {
  const runs = await Promise.all(counterRuns(operationIds).map((run) => runRows(db, run)));
  const headers = new Map(runs.flatMap((rows) => rows[0]).map((h) => [h.operationId, h]));
  const addresses = new Map(runs.flatMap((rows) => rows[1]).map((a) => [a.operationId, a]));
  const contacts = byOperation(runs.flatMap((rows) => rows[2]));
  const affiliations = byOperation(runs.flatMap((rows) => rows[3]));
  const attributes = byOperation(runs.flatMap((rows) => rows[4]));
  return operationIds.map((id) => {
    const header = headers.get(id);
    return header && { header, address: addresses.get(id), contacts: contacts.get(id) ?? [], affiliations: affiliations.get(id) ?? [], attributes: attributes.get(id) ?? [] };
  });
}

export async function loadOperation(db: HqDatabase, operationId: string): Promise<AsyncOperation | null> {
  return (await loadOperations(db, [operationId]))[0] ?? null;
}

/** The customer fields the operation carries, gathered from its header, address and contacts. */
export function operationValues({ header, address, contacts }: AsyncOperation): CoreValues {
  const contact = (type: AsyncContact['type']) => contacts.find((c) => c.type === type)?.locator ?? '';
  return {
    name: header.name, customerGroup: header.customerGroup, email: contact('Email'), phone: contact('Phone'),
    street: address?.street ?? '', city: address?.city ?? '', zipCode: address?.zipCode ?? '', countryRegionId: address?.countryRegionId ?? '',
  };
}

/**
 * P-0001's part for customers: channel operations (unique by id in their channel table) into the
 * five HQ tables, waiting for synchronization, with one bulk write per table. One HQ already has
 * (a range packaged again) is left as it is. Answers how many were new.
 */
export async function storeUploadedOperations(db: HqDatabase, ops: readonly ChannelCustomerOperation[]): Promise<number> {
  const known = await db.asyncCustomers.bulkGet(ops.map((op) => op.operationId));
  const added = ops.filter((_, i) => !known[i]);
  const headers = added.map((op): AsyncCustomer => ({
    operationId: op.operationId, channelDatabaseId: op.channelDatabaseId, storeId: op.storeId, operation: op.operation,
    asyncCustomerAccount: op.asyncCustomerAccount, customerAccount: op.customerAccount, operationTimestamp: op.operationTimestamp,
    name: op.values.name, customerGroup: op.values.customerGroup, email: op.values.email, phone: op.values.phone, oldValues: op.oldValues,
    status: 'Pending', lastKnownError: null, lastErrorCause: null, onlineOperationCompleted: 0, retryCount: 0, modifiedAt: null,
  }));
  const addresses = added.map(({ operationId, values: { street, city, zipCode, countryRegionId } }): AsyncAddress => ({
    operationId, street, city, zipCode, countryRegionId, onlineOperationCompleted: 0,
  }));
  const attributes = added.map(({ operationId, attributes }) => attributes.map((a): AsyncAttribute => ({ operationId, ...a, onlineOperationCompleted: 0 })));
  await Promise.all([
    db.asyncCustomers.bulkAdd(headers),
    db.asyncAddresses.bulkAdd(addresses),
    db.asyncContacts.bulkAdd(added.flatMap(({ operationId, values }) => [
      { operationId, type: 'Email' as const, locator: values.email, onlineOperationCompleted: 0 as const },
      { operationId, type: 'Phone' as const, locator: values.phone, onlineOperationCompleted: 0 as const },
    ])),
    db.asyncAffiliations.bulkAdd(added.flatMap(({ operationId, affiliations }) => affiliations.map((affiliation) => ({ operationId, affiliation, onlineOperationCompleted: 0 as const })))),
    db.asyncAttributes.bulkAdd(attributes.flat()),
    replaceTerms(searchTablesOf(db), [], headers.map((header, i) => ({ header, address: addresses[i], attributes: attributes[i]! }))),
  ]);
  return added.length;
}
