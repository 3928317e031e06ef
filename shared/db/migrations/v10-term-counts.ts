import type { IndexableType, IndexableTypeArrayReadonly, Transaction } from 'dexie';
import { ATTRIBUTE_FIELD_PREFIX, CUSTOMER_SYNC_STATUSES, CUSTOMER_TERMS, searchTerm, statusTerm, termRange, type TermKey } from './v9-customer-search';

/* Frozen: the counted fields as they were at version 10; the terms are version 9's. */

const CUSTOMER_TERM_COUNTS = 'asyncCustomerTermCounts';
const COUNTED_FIELDS = ['customerGroup', 'storeId', 'city', 'zipCode', 'countryRegionId'] as const;
type CustomerSyncStatus = (typeof CUSTOMER_SYNC_STATUSES)[number];
type CountKey = [status: CustomerSyncStatus, term: string];

/** How many keys the upgrade holds at a time. */
const PAGE = 50_000;

/** Calls back with every key of a range, a page at a time. */
async function eachKey(tx: Transaction, [low, high]: [TermKey, TermKey], use: (key: TermKey) => void): Promise<void> {
  const terms = tx.table<0, TermKey>(CUSTOMER_TERMS);
  let from: IndexableType = low;
  for (let first = true; ; first = false) {
    const keys: TermKey[] = await terms.where(':id').between(from, high, first, true).limit(PAGE).primaryKeys();
    keys.forEach(use);
    const last: TermKey | undefined = keys[keys.length - 1];
    if (keys.length < PAGE || !last) return;
    from = last;
  }
}

/**
 * The version 10 upgrade: counts, for each counted field (and every attribute), how many
 * operations in each status hold each of its values, from the search's keys (version 9 wrote
 * them): each operation's status from its status key, then the values' keys, a page at a time.
 */
export async function upgradeToTermCounts(tx: Transaction): Promise<void> {
  const statusOf = new Map<string, CustomerSyncStatus>();
  for (const status of CUSTOMER_SYNC_STATUSES) await eachKey(tx, termRange(statusTerm(status), true), ([, , id]) => statusOf.set(id, status));
  const counted = new Map<string, { key: CountKey; count: number }>();
  for (const prefix of [...COUNTED_FIELDS.map((field) => searchTerm(field, '')), ATTRIBUTE_FIELD_PREFIX]) {
    await eachKey(tx, termRange(prefix, false), ([term, , id]) => {
      const status = statusOf.get(id);
      if (!status) return;
      const text = `${status}\u0001${term}`;
      const entry = counted.get(text);
      if (entry) entry.count += 1;
      else counted.set(text, { key: [status, term], count: 1 });
    });
  }
  const rows = [...counted.values()];
  // Dexie's types know no keys made of arrays; IndexedDB does.
  if (rows.length) await tx.table<number, CountKey>(CUSTOMER_TERM_COUNTS).bulkPut(rows.map((r) => r.count), rows.map((r) => r.key) as unknown as IndexableTypeArrayReadonly);
}
