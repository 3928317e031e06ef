import { Dexie } from 'dexie';
import type { HqDatabase } from '../../db/hq-database';
import type { ChannelKind } from '../../configuration/organization';
import { countsOf, sumCounts } from '../../db/kept-counts';
import { FINDING_LISTS, LIST_SCOPES, listCounter } from '../../db/row-lists';
import type { PagedIndex } from '../../platform/keyset-page';
import { keyTuple, type TransactionKey, type TransactionKeyTuple } from '../transaction-entities';
import type { PendingOrderStatus } from '../order-status';

/**
 * Where Check data and HQ's status part ways about the data: HQ failed the order but its data passes
 * every check that could be made (a configuration cause, or one the export does not show), or HQ
 * made the order (or failed it on its configuration alone) and the check finds a data error.
 */
export type Disagreement = 'hqFailedDataClean' | 'dataErrorHqMissed';

/**
 * What Check data found for one imported transaction, beside (never in) what HQ exported: written
 * for each order that would fail, and for each on which it and HQ's status disagree.
 */
export interface CheckFinding extends TransactionKey {
  checkId: number;
  checkedAt: string;
  /** What the lists page by, as the order status has it. */
  channelKind: ChannelKind;
  sortKey: string;
  /** Whether Synchronize orders' rules would fail the order, as far as the workspace lets them judge. */
  verdict: 'fails' | 'passes';
  /** Every cause it would fail for (OrderErrorCause), in the order HQ checks them; empty when it passes. */
  causes: string[];
  /** The Order error details Synchronize orders would write; null when it passes. */
  details: string | null;
  /** Pending order status and its causes as HQ exported them, kept beside the finding so the two are read together. */
  hqStatus: PendingOrderStatus | (string & {});
  hqCauses: string[];
  disagreement: Disagreement | null;
  /** Kept by the database (db/list-keys.ts): the lists of findings it is in. */
  listKeys?: unknown[];
}

/** A part of what Synchronize orders checks an order against that the workspace does not hold, so Check data does not judge it. */
export const NOT_JUDGED_PARTS = ['items', 'tenderTypes', 'currencies', 'paymentServices', 'accountStructures', 'postingProfile', 'numberSequence', 'customers'] as const;
export type NotJudgedPart = (typeof NOT_JUDGED_PARTS)[number];

export interface NotJudged {
  part: NotJudgedPart;
  /** What was left unjudged, in words (English, as the reports are written; the screens say it in the user's language by its part). */
  reason: string;
  /** For the customers: how many orders were checked without theirs. */
  orders?: number;
}

/** One run of Check data: how far it went, what it found, and what it could not judge. */
export interface DataCheck {
  id?: number;
  startedAt: string;
  endedAt: string | null;
  /** Stopped: something ended it that was not a cancel (the disk full); the findings cover the orders counted. */
  status: 'Running' | 'Ended' | 'Canceled' | 'Stopped';
  /** Transactions looked at, of all the workspace holds. */
  processed: number;
  total: number;
  /** Orders judged (online orders and customer orders: the rest are no orders), and of them the ones that would fail. */
  checked: number;
  wouldFail: number;
  disagreements: number;
  notJudged: NotJudged[];
}

/** The last run of Check data, or undefined where it never ran. */
export const lastDataCheck = (db: HqDatabase): Promise<DataCheck | undefined> => db.dataChecks.orderBy(':id').last();

/** A list of findings a transaction list may filter by: would fail, disagrees with HQ, or would fail for one cause. */
export type CheckList = 'fails' | 'disagrees' | `cause:${string}`;
export const causeList = (cause: string): CheckList => FINDING_LISTS.cause(cause) as CheckList;
/** A list of findings as a link or a filter names it, or null for anything else. */
export const checkListOf = (text: string | null | undefined): CheckList | null =>
  (text === 'fails' || text === 'disagrees' || (text && /^cause:.{1,200}$/.test(text)) ? (text as CheckList) : null);
/** The cause a list names, or null for another list. */
export const causeOfList = (list: string): string | null => (list.startsWith('cause:') ? list.slice('cause:'.length) : null);

/** The findings of one list of one channel (or store), by date and time: the index a list filtered by it pages through. */
export function findingIndex(db: HqDatabase, kind: ChannelKind, storeId: string, list: string): PagedIndex<CheckFinding, TransactionKeyTuple> {
  const byStore = storeId !== 'all';
  return {
    table: db.dataCheckFindings,
    index: 'listKeys',
    prefix: [byStore ? LIST_SCOPES.store : LIST_SCOPES.channel, byStore ? storeId : kind, list],
    anchorOf: (f) => ({ sort: f.sortKey, key: keyTuple(f) }),
  };
}

/** The keys of a list's findings, in its order (oldest first): keys only. */
export function findingKeys(db: HqDatabase, kind: ChannelKind, storeId: string, list: string): Promise<TransactionKeyTuple[]> {
  const { index, prefix } = findingIndex(db, kind, storeId, list);
  return db.dataCheckFindings.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey], true, true).primaryKeys();
}

/** How many findings a list holds: kept counts. */
export async function findingTotal(db: HqDatabase, kind: ChannelKind, storeId: string, list: string): Promise<number> {
  return sumCounts(await countsOf(db, listCounter('dataCheckFindings')), [kind, storeId === 'all' ? null : storeId, list]);
}

/** How many findings each list holds, summed over stores, by channel: the tiles and Failures by root cause. */
export async function findingCounts(db: HqDatabase): Promise<Map<string, Record<ChannelKind, number>>> {
  const lists = new Map<string, Record<ChannelKind, number>>();
  for (const { group, count } of await countsOf(db, listCounter('dataCheckFindings'))) {
    const [kind, , list] = group as [ChannelKind, string, string];
    if (count === 0) continue;
    const entry = lists.get(list) ?? { online: 0, pos: 0 };
    entry[kind] += count;
    lists.set(list, entry);
  }
  return lists;
}
