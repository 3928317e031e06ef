import type { HqDatabase } from '../db/hq-database';
import { workspaceDatabaseName, type ImportDeps, type PulledFrom } from '../db/workspace-registry';
import { fillDatabase } from '../import/import-workspace';
import { DEFAULT_IMPORT_OPTIONS } from '../import/import-options';
import { rejectedCount } from '../import/refusal-log';
import type { ImportReport } from '../import/import-types';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../platform/import-limits';
import { UserFacingError } from '../platform/user-facing-error';
import type { RunContext } from '../runner/run-progress';
import { changesSinceOf } from './changes-since';
import { mergeRefreshed, stagedTransactions } from './merge-refresh';
import { MAX_PULL_DAYS, type PullRequest } from './pull-request';
import { PullReader, type PullControl } from './read-pull';
import type { RefreshCounts } from './refresh-counts';

/** Transactions merged in one database transaction: each is whole, and a person's command waits for one batch at most. */
const MERGE_BATCH = 100;
const DAY_MS = 86_400_000;
const day = (at: Date) => at.toISOString().slice(0, 10);

/**
 * The request a refresh asks again: the pull's, its last day moved to today where it ended on the
 * day it was read (the default, the last seven days: a refresh tomorrow brings tomorrow's orders too).
 */
export function refreshedRequest(from: PulledFrom, now: Date): PullRequest {
  const { request } = from;
  const lastRead = new Date(from.refreshedAt ?? from.pulledAt);
  if (request.to !== day(lastRead) || day(now) <= request.to) return request;
  const to = day(now);
  const earliest = day(new Date(Date.parse(`${to}T00:00:00Z`) - (MAX_PULL_DAYS - 1) * DAY_MS));
  return { ...request, to, from: request.from < earliest ? earliest : request.from };
}

export interface RefreshOutcome {
  counts: RefreshCounts;
  /** What the import's checks said of the rows HQ sent (empty when nothing changed). */
  report: ImportReport | null;
}

/**
 * Brings a pulled workspace up to date with HQ: asks which transactions have a row HQ changed since
 * the last pull or refresh began (SysModifiedDateTime, in the pull's companies, stores and days),
 * reads those transactions whole through the import's own reader and checks into a staging
 * database, and merges them in (merge-refresh.ts: local edits and notes survive; a row changed in
 * HQ since it was edited here is flagged, both versions kept). The staging database goes whatever
 * happens, and one left by a closed app is deleted at the next start (deleteAbandonedImports).
 * Only when every change is merged does the next refresh read from this one's start: a refresh
 * stopped midway (canceled, the app closed) leaves each transaction whole, and the next reads again.
 */
export async function refreshWorkspace(
  deps: ImportDeps & { current?: HqDatabase }, workspaceId: string, control: PullControl, ctx: RunContext, limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<RefreshOutcome> {
  const workspace = await deps.registry.workspaces.get(workspaceId);
  if (!workspace) throw new UserFacingError('That workspace no longer exists: it was deleted.');
  const from = workspace.pulledFrom;
  if (!from) throw new UserFacingError(`${workspace.name} was imported from files, not pulled from headquarters: import newer files to see what changed.`);
  const startedAt = ctx.now();
  const request = refreshedRequest(from, startedAt);
  const reader = new PullReader(request, control);
  const found = await reader.findChanged(from.changesSince);
  const counts: RefreshCounts = { updated: 0, added: 0, conflicts: 0, unchanged: 0, refusedRows: 0 };
  let report: ImportReport | null = null;
  if (found.length) {
    const stagingName = workspaceDatabaseName(`refresh-${workspaceId}`);
    const staging = deps.open(stagingName);
    try {
      await staging.open();
      report = await fillDatabase(staging, (sink, options) => reader.readTransactions(found, sink, options), ctx, DEFAULT_IMPORT_OPTIONS, limits);
      counts.refusedRows = rejectedCount(report);
      await mergeInto(deps, workspace.databaseName, staging, counts, { unsynchronizedOnly: request.unsynchronizedOnly, ctx });
    } finally {
      staging.close();
      await deps.remove(stagingName);
    }
  }
  const pulledFrom: PulledFrom = { ...from, request, changesSince: changesSinceOf(startedAt), refreshedAt: ctx.now().toISOString(), lastRefresh: counts };
  await deps.registry.workspaces.update(workspaceId, { pulledFrom });
  return { counts, report };
}

async function mergeInto(
  deps: ImportDeps & { current?: HqDatabase }, databaseName: string, staging: HqDatabase, counts: RefreshCounts, options: { unsynchronizedOnly: boolean; ctx: RunContext },
): Promise<void> {
  const { ctx } = options;
  // The workspace the worker has open is written through its own connection.
  const target = deps.current?.name === databaseName ? deps.current : deps.open(databaseName);
  const total = await staging.RetailTransactionTable.count();
  let merged = 0;
  try {
    await target.open();
    for await (const batch of stagedTransactions(staging, MERGE_BATCH)) {
      ctx.signal?.throwIfAborted();
      await ctx.people?.givenWay();
      const done = await mergeRefreshed(target, batch, { unsynchronizedOnly: options.unsynchronizedOnly, now: ctx.now() });
      for (const field of ['updated', 'added', 'conflicts', 'unchanged'] as const) counts[field] += done[field];
      merged += batch.length;
      ctx.onProgress?.({ processed: merged, succeeded: merged - done.conflicts, failed: 0, skipped: 0 }, total);
    }
    // A store HQ's new transactions came from that the workspace did not have yet (the lists filter by store).
    const stores = await staging.stores.toArray();
    const known = await target.stores.bulkGet(stores.map((store) => store.id));
    await target.stores.bulkAdd(stores.filter((_, i) => known[i] === undefined));
  } finally {
    if (target !== deps.current) target.close();
  }
}
