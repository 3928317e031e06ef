import type { Transaction } from 'dexie';
import { COUNTED_FIELDS, CUSTOMER_TERM_COUNTS, CUSTOMER_TERMS, searchTerm, termRange, type TermKey, type TermRow } from '../customer-search';

/**
 * The version 10 upgrade: counts, for each counted field, how many operations hold each of its
 * values, from the search's keys (version 9 wrote them), one field at a time: at most one key per
 * operation is held at once.
 */
export async function upgradeToTermCounts(tx: Transaction): Promise<void> {
  const terms = tx.table<TermRow, TermKey>(CUSTOMER_TERMS);
  const counts = tx.table<number, string>(CUSTOMER_TERM_COUNTS);
  for (const field of COUNTED_FIELDS) {
    const [from, to] = termRange(searchTerm(field, ''), false);
    const keys = await terms.where(':id').between(from, to, true, true).primaryKeys();
    const byTerm = new Map<string, number>();
    for (const [term] of keys) byTerm.set(term, (byTerm.get(term) ?? 0) + 1);
    if (byTerm.size) await counts.bulkPut([...byTerm.values()], [...byTerm.keys()]);
  }
}
