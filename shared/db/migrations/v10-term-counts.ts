import type { IndexableType, Transaction } from 'dexie';
import { ATTRIBUTE_FIELD_PREFIX, COUNTED_FIELDS, CUSTOMER_TERM_COUNTS, CUSTOMER_TERMS, searchTerm, termRange, type TermKey, type TermRow } from '../customer-search';

/** How many keys the upgrade holds at a time. */
const PAGE = 50_000;

/**
 * The version 10 upgrade: counts, for each counted field (and every attribute), how many
 * operations hold each of its values, from the search's keys (version 9 wrote them), a page of
 * keys at a time.
 */
export async function upgradeToTermCounts(tx: Transaction): Promise<void> {
  const terms = tx.table<TermRow, TermKey>(CUSTOMER_TERMS);
  const counts = tx.table<number, string>(CUSTOMER_TERM_COUNTS);
  const byTerm = new Map<string, number>();
  for (const prefix of [...COUNTED_FIELDS.map((field) => searchTerm(field, '')), ATTRIBUTE_FIELD_PREFIX]) {
    const [low, high] = termRange(prefix, false);
    let from: IndexableType = low;
    for (let first = true; ; first = false) {
      const keys: TermKey[] = await terms.where(':id').between(from, high, first, true).limit(PAGE).primaryKeys();
      for (const [term] of keys) byTerm.set(term, (byTerm.get(term) ?? 0) + 1);
      const last: TermKey | undefined = keys[keys.length - 1];
      if (keys.length < PAGE || !last) break;
      from = last;
    }
  }
  if (byTerm.size) await counts.bulkPut([...byTerm.values()], [...byTerm.keys()]);
}
