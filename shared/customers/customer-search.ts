import type { IndexableTypeArrayReadonly, Table } from 'dexie';
import { ADDRESS_FIELDS, type AsyncAddress, type AsyncAttribute, type AsyncCustomer, type CustomerSyncStatus } from './customers';

/**
 * Customer synchronization status's search: every value the list filters on, of every async
 * customer operation, as a key of its own: [term, time, operation id], where the term is "field,
 * VALUE IN CAPITALS" and the time the operation's in milliseconds; and its status, as one more
 * term. The keys are all there is (the rows' values are not read). The status is a term apart so
 * that Synchronize customers, which changes every operation's status, moves one key per operation.
 *
 * Why: a filter that matches thousands of operations must still show any page of them, newest
 * first, at once. Reading thousands of operations whole takes longer than a person waits. An
 * index range is no better on disk: Chromium checks each index entry against its row, one random
 * read each. A key range of a table of its own is read in order, and its keys already say the
 * list's order: one range gives the matches' ids and times, sorted in memory.
 */
export const CUSTOMER_TERMS = 'asyncCustomerTerms';

/**
 * How many operations in each status hold each value of the fields whose values many operations
 * share: a group, a store, a city, a postcode, a country, an attribute. Keys [status, term]. A
 * filter on one can match nearly every operation, and counting its keys would read them all
 * (every one of them), and with a status intersect them with the status's; it sums the few counts
 * its range covers instead. Names, e-mails, phones, accounts and streets are near unique: their
 * keys are about as few as their counts would be. Synchronize customers moves an operation's
 * counts to its new status: a few rows a chunk, as these values repeat.
 */
export const CUSTOMER_TERM_COUNTS = 'asyncCustomerTermCounts';
export type CountKey = [status: CustomerSyncStatus, term: string];
export const COUNTED_FIELDS = ['customerGroup', 'storeId', 'city', 'zipCode', 'countryRegionId'] as const;
/** Every attribute's field starts so (`attribute:Loyalty tier`); all are counted. */
export const ATTRIBUTE_FIELD_PREFIX = 'attribute:';

export type TermKey = [term: string, time: number, operationId: string];
/** A term row holds nothing but its key. */
export type TermRow = 0;

/** The fields the list filters on that are the header's own. */
const HEADER_FIELDS = ['customerAccount', 'asyncCustomerAccount', 'name', 'customerGroup', 'email', 'phone'] as const;
/** The channel is found by its store's id: which stores a name matches is decided where the list is read. */
export const STORE_FIELD = 'storeId' satisfies (typeof COUNTED_FIELDS)[number];

const SEPARATOR = '\u0001';

/** A value's term, or the start of every term that starts with it: in capitals, so a match is in any case. */
export const searchTerm = (field: string, value: string): string => `${field}${SEPARATOR}${value.toUpperCase()}`;

/** The term of the operations in a status: apart from every field's (no field's name starts with \u0000). */
export const statusTerm = (status: CustomerSyncStatus): string => `\u0000status${SEPARATOR}${status}`;

/** The key range of the terms that start with the term (and, for an exact match, of that term alone). */
export const termRange = (term: string, exact: boolean): [TermKey, TermKey] => [[term, -Infinity, ''], [exact ? term : `${term}\uffff`, Infinity, '\uffff']];

/** An operation's time in milliseconds: a time that is not one (only a row written behind HQ's back has one) counts as the earliest, so it is still found. */
export function operationTime(operationTimestamp: string): number {
  const ms = Date.parse(operationTimestamp);
  return Number.isFinite(ms) ? ms : 0;
}

/** What an operation's terms are made of: its status, its header's, address's and attributes' values. */
export interface SearchSource {
  header: AsyncCustomer;
  address: AsyncAddress | undefined;
  attributes: readonly AsyncAttribute[];
}

/** The terms of an operation's values (its status apart): what a value filter's key ranges find it by. */
function valueTermsOf({ header, address, attributes }: SearchSource): Set<string> {
  const values: [string, string | null | undefined][] = [
    ...HEADER_FIELDS.map((field): [string, string | null] => [field, header[field]]),
    [STORE_FIELD, header.storeId],
    ...ADDRESS_FIELDS.map((field): [string, string | undefined] => [field, address?.[field]]),
    // One value per attribute, the last, as the list shows it: so each field has one term per
    // operation, and a field's keys count operations.
    ...new Map(attributes.map((a) => [`${ATTRIBUTE_FIELD_PREFIX}${a.name}`, a.newValue])),
  ];
  return new Set(values.flatMap(([field, value]) => (typeof value === 'string' && value !== '' ? [searchTerm(field, value)] : [])));
}

function termKeysOf(source: SearchSource): TermKey[] {
  const time = operationTime(source.header.operationTimestamp);
  return [statusTerm(source.header.status), ...valueTermsOf(source)].map((term): TermKey => [term, time, source.header.operationId]);
}

/**
 * Whether an operation would be found in some key ranges of the search: one of its value terms
 * lies in one of them. The same test the key ranges make, on values read rather than keys (a
 * list that walks operations in time order asks it of each).
 */
export function hasTermIn(source: SearchSource, ranges: readonly [TermKey, TermKey][]): boolean {
  for (const term of valueTermsOf(source)) {
    if (ranges.some(([from, to]) => term >= from[0] && term <= to[0])) return true;
  }
  return false;
}

const textOf = (key: TermKey) => JSON.stringify(key);

const countedFields: ReadonlySet<string> = new Set(COUNTED_FIELDS);
/** Whether a field's values are counted (CUSTOMER_TERM_COUNTS). */
export const isCountedField = (field: string): boolean => countedFields.has(field) || field.startsWith(ATTRIBUTE_FIELD_PREFIX);
const isCountedTerm = (term: string) => isCountedField(term.slice(0, term.indexOf(SEPARATOR)));

/** The search's tables; `counts` is null only in version 9's upgrade, which runs before they exist (version 10 counts every key). */
export interface SearchTables {
  terms: Table<TermRow, TermKey>;
  counts: Table<number, CountKey> | null;
}

/** Each counted value of some operations, by status: what their counts hold. */
function countKeysOf(sources: readonly SearchSource[]): CountKey[] {
  return sources.flatMap((source) => [...valueTermsOf(source)].filter(isCountedTerm).map((term): CountKey => [source.header.status, term]));
}

/** Moves the counts of the operations' counted values from what they were (before) to what they are (after). */
async function recount(counts: Table<number, CountKey>, before: readonly SearchSource[], after: readonly SearchSource[]): Promise<void> {
  const deltas = new Map<string, { key: CountKey; delta: number }>();
  for (const [sources, step] of [[before, -1], [after, 1]] as const) {
    for (const key of countKeysOf(sources)) {
      const text = JSON.stringify(key);
      const entry = deltas.get(text);
      if (entry) entry.delta += step;
      else deltas.set(text, { key, delta: step });
    }
  }
  const moved = [...deltas.values()].filter(({ delta }) => delta !== 0);
  if (!moved.length) return;
  const current = await counts.bulkGet(moved.map(({ key }) => key));
  const next = moved.map(({ delta }, i) => (current[i] ?? 0) + delta);
  const kept = moved.flatMap(({ key }, i) => (next[i]! > 0 ? [[key, next[i]!] as const] : []));
  const emptied = moved.filter((_, i) => next[i]! <= 0).map(({ key }) => key);
  await Promise.all([
    // Dexie's types know no keys made of arrays; IndexedDB does.
    kept.length ? counts.bulkPut(kept.map(([, count]) => count), kept.map(([key]) => key) as unknown as IndexableTypeArrayReadonly) : undefined,
    emptied.length ? counts.bulkDelete(emptied) : undefined,
  ]);
}

/**
 * Writes what changed in some operations' terms (call inside the transaction that writes the
 * operations): the keys they had and no longer have are deleted, the new ones added. A new status
 * moves one key; an operation whose status and values stayed (a retry that failed again) none.
 */
export async function replaceTerms({ terms: table, counts }: SearchTables, before: readonly SearchSource[], after: readonly SearchSource[]): Promise<void> {
  const old = new Map(before.flatMap(termKeysOf).map((key) => [textOf(key), key]));
  const next = new Map(after.flatMap(termKeysOf).map((key) => [textOf(key), key]));
  const gone = [...old].filter(([text]) => !next.has(text)).map(([, key]) => key);
  const added = [...next].filter(([text]) => !old.has(text)).map(([, key]) => key);
  await Promise.all([
    gone.length ? table.bulkDelete(gone) : undefined,
    // Dexie's types know no keys made of arrays of different types; IndexedDB does.
    added.length ? table.bulkPut(added.map(() => 0 as const), added as unknown as IndexableTypeArrayReadonly) : undefined,
    counts ? recount(counts, before, after) : undefined,
  ]);
}
