import type { Table, Transaction } from 'dexie';

/*
 * Frozen: the counted groups, the job names and the recount as they were at version 5, written out
 * here (version 8 recounts with its own groups, and the database keeps the counts since).
 */

/** The table the counts live in: one row per counted table and group. */
const KEPT_COUNTS = 'keptCounts';

type Row = Record<string, unknown>;
/** The group a row of a counted table counts in. */
export type GroupOf = (row: Row) => string[];

const GROUPS_AT_V5: ReadonlyMap<string, GroupOf> = new Map<string, GroupOf>([
  ['RetailTransactionOrderStatus', (s) => [String(s.channelKind), String(s.store), String(s.Status)]],
  ['jobRuns', (r) => [String(r.jobId), String(r.status)]],
  ['asyncCustomers', (o) => [String(o.status)]],
]);

const JOB_NAMES_AT_V5: Readonly<Record<string, string>> = {
  'P-0001': 'P-0001 Channel transactions',
  '1010': '1010 Customers',
  '1070': '1070 Channel configuration',
  '1110': '1110 Global configuration',
  'synchronize-orders': 'Synchronize orders',
  'synchronize-customers': 'Synchronize customers and channel requests',
};

const wordsOf = (text: string): string[] => [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))];

/** Counts recomputed from every row of a table, by group. */
export async function recount(table: Table, name: string, groupOf: GroupOf): Promise<{ table: string; group: string[]; count: number }[]> {
  const totals = new Map<string, { table: string; group: string[]; count: number }>();
  await table.each((row: Row) => {
    const group = groupOf(row);
    const text = JSON.stringify(group);
    const entry = totals.get(text) ?? { table: name, group, count: 0 };
    entry.count += 1;
    totals.set(text, entry);
  });
  return [...totals.values()];
}

/** The version 5 upgrade: every counted table's counts, from its rows as they are; every run's search words. */
export async function upgradeToKeptCounts(tx: Transaction): Promise<void> {
  await tx.table<{ jobId: string; scopeLabel: string; error: string | null; searchWords?: string[] }>('jobRuns').toCollection().modify((run) => {
    run.searchWords = wordsOf(`${JOB_NAMES_AT_V5[run.jobId] ?? run.jobId} ${run.scopeLabel} ${run.error ?? ''}`);
  });
  const counts = tx.table(KEPT_COUNTS);
  await counts.clear();
  for (const [name, groupOf] of GROUPS_AT_V5) await counts.bulkPut(await recount(tx.table(name), name, groupOf));
}
