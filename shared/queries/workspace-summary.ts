import { startOfDay } from 'date-fns';
import type { HqDatabase } from '../db/hq-database';
import { countsOf, sumCounts } from '../db/kept-counts';
import type { ChannelKind } from '../domain/organization';

/** The live counts of the Store financials workspace's tiles, each from kept counts or an index, never a scan of a long list. */
export interface TileCounts {
  onlineOrderErrors: number;
  customerOrderErrors: number;
  customerFailures: number;
  uploadSessionsNotApplied: number;
  runsInErrorToday: number;
}

export async function readTileCounts(db: HqDatabase, now: Date): Promise<TileCounts> {
  const [statuses, operations, sessions, runsToday] = await Promise.all([
    countsOf(db, 'RetailTransactionOrderStatus'),
    countsOf(db, 'asyncCustomers'),
    // Sessions are few (one per channel database per P-0001 run) and indexed by status.
    db.uploadSessions.filter((s) => s.status === 'Apply failed').count(),
    // Today's runs only: a day's runs are a short range of the start time index.
    db.jobRuns.where('startedAt').aboveOrEqual(startOfDay(now).toISOString()).filter((r) => r.status === 'Error').count(),
  ]);
  return {
    onlineOrderErrors: sumCounts(statuses, ['online', null, 'Failed']),
    // A register's failures are its customer orders: cash-and-carry sales are never synchronized.
    customerOrderErrors: sumCounts(statuses, ['pos', null, 'Failed']),
    customerFailures: sumCounts(operations, ['Failed']),
    uploadSessionsNotApplied: sessions,
    runsInErrorToday: runsToday,
  };
}

/** One root cause of failed orders: how many online orders and customer orders it failed. */
export interface CauseGroup {
  cause: string;
  counts: Record<ChannelKind, number>;
  total: number;
}

/** Failed orders by the cause behind their error, most first: the kept counts' groups, summed over stores. */
export async function failuresByCause(db: HqDatabase): Promise<CauseGroup[]> {
  const groups = new Map<string, CauseGroup>();
  for (const { group, count } of await countsOf(db, 'RetailTransactionOrderStatus')) {
    const [kind, , status, cause] = group as [ChannelKind, string, string, string | undefined];
    if (status !== 'Failed' || !cause || count === 0) continue;
    const entry = groups.get(cause) ?? { cause, counts: { online: 0, pos: 0 }, total: 0 };
    entry.counts[kind] += count;
    entry.total += count;
    groups.set(cause, entry);
  }
  return [...groups.values()].sort((a, b) => b.total - a.total || a.cause.localeCompare(b.cause));
}
