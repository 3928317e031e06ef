import type { Transaction } from 'dexie';
import { COUNTED_GROUPS } from '../counted-groups';
import { KEPT_COUNTS, recount } from '../kept-counts';

/** The version 5 upgrade: every counted table's counts, from its rows as they are. */
export async function recountAll(tx: Transaction): Promise<void> {
  const counts = tx.table(KEPT_COUNTS);
  await counts.clear();
  for (const [name, groupOf] of COUNTED_GROUPS) await counts.bulkPut(await recount(tx.table(name), name, groupOf));
}
