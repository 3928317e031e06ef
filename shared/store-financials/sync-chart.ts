import type { IndexableType } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { SYNCHRONIZED_KINDS, type RetailTransactionOrderStatus } from '../orders/order-status';

/**
 * What the chart shows: Synchronize orders over the online orders or over the customer orders of
 * the registers (each list of its own, for a bar to open), or Synchronize customers and channel requests.
 */
export type ChartJob = 'online-orders' | 'customer-orders' | 'customers';
/** The period the chart covers, in hours (a bar per hour) or days (a bar per day). */
export type ChartPeriod = 'day' | 'week' | 'month';
export type ChartOutcome = 'Succeeded' | 'Failed' | 'None';

export interface ChartBucket {
  /** The bucket's start as sortable text: "2026-11-03T14" for an hour, "2026-11-03" for a day. */
  bucket: string;
  Succeeded: number;
  Failed: number;
  None: number;
}

const PERIOD_BUCKETS: Record<ChartPeriod, number> = { day: 24, week: 7, month: 30 };
/** An hour's bucket for a day, a day's otherwise: the text's first 13 or 10 characters. */
export const bucketLength = (period: ChartPeriod): number => (period === 'day' ? 13 : 10);

/**
 * The period's buckets, oldest first, ending with the one now is in: the current hour and the 23
 * before it, or today and the 6 or 29 days before it. An hour or a day with nothing in it is still
 * a bucket (a bar of zero), so the time axis reads evenly and a quiet day shows as quiet.
 * Bucket texts are the records' own clock, which is UTC (a transaction's date and time, an
 * operation's ISO timestamp).
 */
export function periodBuckets(period: ChartPeriod, now: Date): string[] {
  const length = bucketLength(period);
  const step = period === 'day' ? 3_600_000 : 86_400_000;
  const current = Date.parse(`${now.toISOString().slice(0, length)}${period === 'day' ? ':00:00Z' : 'T00:00:00Z'}`);
  const count = PERIOD_BUCKETS[period];
  return Array.from({ length: count }, (_, i) => new Date(current - (count - 1 - i) * step).toISOString().slice(0, length));
}

/**
 * Succeeded, failed and not yet synchronized per hour or day over the period up to now, by the
 * records' own time (a transaction's date and time, an operation's timestamp): every hour or day
 * of the period, empty ones as zero, and nothing after now (a record stamped later, by a clock
 * ahead of HQ's, has not happened yet for this chart). Reads index keys only, one range per
 * status, so a month of 100,000 orders costs no row reads.
 */
export async function readSyncChart(db: HqDatabase, job: ChartJob, period: ChartPeriod, now: Date): Promise<ChartBucket[]> {
  const keys = periodBuckets(period, now);
  // The first bucket's text sorts below every time in it ("2026-11-08" < "2026-11-08T00:00:00").
  const from = keys[0]!;
  // A full ISO time: "…T05:47:34" (a transaction's) and "…T05:47:34.120Z" (an operation's) both sort below it within that second.
  const to = now.toISOString();
  const length = bucketLength(period);
  const buckets = new Map(keys.map((bucket): [string, ChartBucket] => [bucket, { bucket, Succeeded: 0, Failed: 0, None: 0 }]));
  const add = (time: string, outcome: ChartOutcome) => {
    const entry = buckets.get(time.slice(0, length));
    if (entry) entry[outcome] += 1;
  };
  // The index keys alone, each [...prefix, time]: the time is their last part.
  const range = (index: string, prefix: IndexableType[]) =>
    db.table(job === 'customers' ? 'asyncCustomers' : 'RetailTransactionOrderStatus').where(index).between([...prefix, from], [...prefix, to], true, true);
  const times = async (index: string, prefix: IndexableType[]): Promise<string[]> =>
    (await range(index, prefix).keys()).map((key) => String((key as unknown as IndexableType[])[prefix.length]));
  if (job !== 'customers') {
    const kind = job === 'online-orders' ? 'online' : 'pos';
    for (const status of ['Succeeded', 'Failed'] as const) {
      for (const time of await times('[channelKind+Status+sortKey]', [kind, status])) add(time, status);
    }
    // A register's cash-and-carry sales are never synchronized: its orders not tried yet are read to leave them out.
    const waiting = kind === 'online' ? await times('[channelKind+Status+sortKey]', [kind, 'None'])
      : (await range('[channelKind+Status+sortKey]', [kind, 'None']).filter((s: RetailTransactionOrderStatus) => SYNCHRONIZED_KINDS.includes(s.orderKind)).toArray())
        .map((s: RetailTransactionOrderStatus) => s.sortKey);
    for (const time of waiting) add(time, 'None');
  } else {
    for (const [status, outcome] of [['Succeeded', 'Succeeded'], ['Failed', 'Failed'], ['Pending', 'None']] as const) {
      for (const time of await times('[status+operationTimestamp]', [status])) add(time, outcome);
    }
  }
  return [...buckets.values()];
}
