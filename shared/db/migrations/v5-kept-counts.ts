import type { Transaction } from 'dexie';
import { COUNTED_GROUPS } from '../counted-groups';
import { KEPT_COUNTS, recount } from '../kept-counts';
import { runWords } from '../run-search-words';
import type { JobRun } from '../../runner/job-runs';

/** The version 5 upgrade: every counted table's counts, from its rows as they are; every run's search words. */
export async function upgradeToKeptCounts(tx: Transaction): Promise<void> {
  await tx.table<JobRun>('jobRuns').toCollection().modify((run) => {
    run.searchWords = runWords(run);
  });
  const counts = tx.table(KEPT_COUNTS);
  await counts.clear();
  for (const [name, groupOf] of COUNTED_GROUPS) await counts.bulkPut(await recount(tx.table(name), name, groupOf));
}
