import { Dexie } from 'dexie';
import { startOfDay } from 'date-fns';
import type { HqDatabase } from '../db/hq-database';
import { countsOf, sumCounts } from '../db/kept-counts';
import type { ChannelKind } from '../configuration/organization';
import { listCounter } from '../db/row-lists';
import { causeOfList, findingCounts } from '../orders/check-data/check-findings';

/**
 * The live counts behind the Store financials workspace's tiles, one reader each, every one from
 * kept counts or a short index range, never a walk over a long list.
 */
export const failedOrders = async (db: HqDatabase, kind: ChannelKind): Promise<number> =>
  sumCounts(await countsOf(db, 'RetailTransactionOrderStatus'), [kind, null, 'Failed']);

export const failedCustomerOperations = async (db: HqDatabase): Promise<number> => sumCounts(await countsOf(db, 'asyncCustomers'), ['Failed']);

/** Sessions are few (one per channel database per P-0001 run that found rows): read whole. */
export const uploadSessionsNotApplied = (db: HqDatabase): Promise<number> => db.uploadSessions.filter((s) => s.status === 'Apply failed').count();

/** Couplings whose last synchronization failed: skipped by the scheduled job until someone acts (an index on skipped). */
export const coupledSyncErrors = (db: HqDatabase): Promise<number> => db.crmCouplings.where('skipped').equals(1).count();

/** Today's runs are a short range of the start time index. */
export const runsInErrorToday = (db: HqDatabase, now: Date): Promise<number> =>
  db.jobRuns.where('startedAt').aboveOrEqual(startOfDay(now).toISOString()).filter((r) => r.status === 'Error').count();

/**
 * One root cause of failed orders: how many online orders and customer orders HQ failed for it, and
 * beside them how many Check data finds would fail for it (an imported workspace). An order that
 * failed for several causes is counted under each.
 */
export interface CauseGroup {
  cause: string;
  counts: Record<ChannelKind, number>;
  total: number;
  checked: Record<ChannelKind, number>;
  checkedTotal: number;
}

/** Failed orders by each cause behind their error, most first: HQ's from the kept counts of its failures' lists, summed over stores, and Check data's beside them. */
export async function failuresByCause(db: HqDatabase): Promise<CauseGroup[]> {
  const groups = new Map<string, CauseGroup>();
  const groupOf = (cause: string) => {
    const entry = groups.get(cause) ?? { cause, counts: { online: 0, pos: 0 }, total: 0, checked: { online: 0, pos: 0 }, checkedTotal: 0 };
    groups.set(cause, entry);
    return entry;
  };
  for (const { group, count } of await countsOf(db, listCounter('RetailTransactionOrderStatus'))) {
    const [kind, , cause] = group as [ChannelKind, string, string];
    if (count === 0) continue;
    const entry = groupOf(cause);
    entry.counts[kind] += count;
    entry.total += count;
  }
  for (const [list, counts] of await findingCounts(db)) {
    const cause = causeOfList(list);
    if (cause === null) continue;
    const entry = groupOf(cause);
    entry.checked = counts;
    entry.checkedTotal = counts.online + counts.pos;
  }
  return [...groups.values()].sort((a, b) => b.total + b.checkedTotal - a.total - a.checkedTotal || a.cause.localeCompare(b.cause));
}

/** One root cause of failed customer operations, and how many it failed. */
export interface CustomerCauseGroup {
  cause: string;
  count: number;
}

/** Failed customer operations by the cause behind their error, most first, from the kept counts. */
export async function customerFailuresByCause(db: HqDatabase): Promise<CustomerCauseGroup[]> {
  const groups = new Map<string, number>();
  for (const { group, count } of await countsOf(db, 'asyncCustomers')) {
    const [status, cause] = group as [string, string | undefined];
    if (status === 'Failed' && cause && count > 0) groups.set(cause, (groups.get(cause) ?? 0) + count);
  }
  return [...groups].map(([cause, count]) => ({ cause, count })).sort((a, b) => b.count - a.count || a.cause.localeCompare(b.cause));
}

/** The failed customer operations with one cause: failures are few, read through the status index. */
export async function failedOperationIdsWithCause(db: HqDatabase, cause: string): Promise<string[]> {
  const failed = await db.asyncCustomers.where('[status+operationTimestamp]').between(['Failed', Dexie.minKey], ['Failed', Dexie.maxKey]).toArray();
  return failed.filter((o) => (o.lastErrorCause ?? 'customerData') === cause).map((o) => o.operationId);
}
