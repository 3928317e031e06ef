import type { IndexableType } from 'dexie';

/*
 * Lists a row is in besides those its own fields page by: a failed order in one per cause, a
 * finding of Check data in each it belongs to. A row may be in many, so neither a compound index
 * nor a row's one group of kept counts can hold them: each table keeps a multi-entry index of them
 * (listKeys, list-keys.ts) and a further counter of kept counts (counted-groups.ts), both from here.
 */

type Row = Record<string, unknown>;

/** The causes a row of RetailTransactionOrderStatus failed for: none unless Failed; a failure stored without one is of the transaction's data. */
export function failureCausesOf(status: Row): string[] {
  if (status.Status !== 'Failed') return [];
  const causes = Array.isArray(status.ErrorCauses) ? status.ErrorCauses.map(String) : [];
  return causes.length ? causes : ['transactionData'];
}

/** A finding of Check data in the list of what would fail, under each of its causes, and among the disagreements with HQ. */
export const FINDING_LISTS = { fails: 'fails', disagrees: 'disagrees', cause: (cause: string) => `cause:${cause}` } as const;

function findingListsOf(finding: Row): string[] {
  const causes = finding.verdict === 'fails' && Array.isArray(finding.causes) ? finding.causes.map(String) : [];
  return [
    ...(finding.verdict === 'fails' ? [FINDING_LISTS.fails] : []),
    ...causes.map(FINDING_LISTS.cause),
    ...(finding.disagreement ? [FINDING_LISTS.disagrees] : []),
  ];
}

/** The lists of each table whose rows are in some: by the row's fields, in words a list filter names. */
export const ROW_LISTS: ReadonlyMap<string, (row: Row) => string[]> = new Map([
  ['RetailTransactionOrderStatus', failureCausesOf],
  ['dataCheckFindings', findingListsOf],
]);

/** The name the kept counts of a table's lists are under: [channel, store, list] each. */
export const listCounter = (table: string): string => `${table} lists`;

/**
 * Where a row stands in each of its lists, as entries of its multi-entry index: by channel and by
 * store, then the list, then the date and time the lists sort by (ties in primary key order).
 */
export const LIST_SCOPES = { channel: 'channel', store: 'store' } as const;
export function listEntries(row: Row, lists: readonly string[]): IndexableType[][] {
  const sortKey = String(row.sortKey ?? '');
  return lists.flatMap((list) => [[LIST_SCOPES.channel, String(row.channelKind), list, sortKey], [LIST_SCOPES.store, String(row.store), list, sortKey]]);
}
