import { Dexie, type IndexableType } from 'dexie';
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

const PERIOD_HOURS: Record<ChartPeriod, number> = { day: 24, week: 24 * 7, month: 24 * 30 };
/** An hour's bucket for a day, a day's otherwise: the text's first 13 or 10 characters. */
export const bucketLength = (period: ChartPeriod): number => (period === 'day' ? 13 : 10);

/**
 * Succeeded, failed and not yet synchronized per hour or day over the period, by the records'
 * own time (a transaction's date and time, an operation's timestamp). Reads index keys only, one
 * range per status, so a month of 100,000 orders costs no row reads.
 */
export async function readSyncChart(db: HqDatabase, job: ChartJob, period: ChartPeriod, now: Date): Promise<ChartBucket[]> {
  const from = new Date(now.getTime() - PERIOD_HOURS[period] * 3_600_000).toISOString().slice(0, 19);
  const length = bucketLength(period);
  const buckets = new Map<string, ChartBucket>();
  const add = (time: string, outcome: ChartOutcome) => {
    const bucket = time.slice(0, length);
    const entry = buckets.get(bucket) ?? { bucket, Succeeded: 0, Failed: 0, None: 0 };
    entry[outcome] += 1;
    buckets.set(bucket, entry);
  };
  // The index keys alone, each [...prefix, time]: the time is their last part.
  const range = (index: string, prefix: IndexableType[]) =>
    db.table(job === 'customers' ? 'asyncCustomers' : 'RetailTransactionOrderStatus').where(index).between([...prefix, from], [...prefix, Dexie.maxKey], true, true);
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
  return [...buckets.values()].sort((a, b) => a.bucket.localeCompare(b.bucket));
}
