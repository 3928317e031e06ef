import type { HqDatabase } from '../db/hq-database';
import type { ImportDeps, WorkspaceRegistry } from '../db/workspace-registry';
import { scopeLabels } from '../configuration/scope-labels';
import type { ImportLimits } from '../platform/import-limits';
import { UserFacingError } from '../platform/user-facing-error';
import { RUN_STALL_LIMIT_MS } from '../run-history/run-watchdog';
import { emptyCounts, type RunCounts } from '../runner/job-runs';
import type { JobOutcome } from '../runner/run-outcome';
import type { RunContext } from '../runner/run-progress';
import type { HqReader } from './hq-read';
import { sleep } from './pull-pause';
import { pauseFor } from './pull-pauses';
import type { Resumables } from '../command/resumables';
import type { PullStatus } from './pull-status';
import type { PullControl } from './read-pull';
import type { RefreshCounts } from './refresh-counts';
import { refusedWhileRefreshing } from './refresh-once';
import { refreshWorkspace } from './refresh-workspace';
import { refreshRunProblems } from './refresh-run-problems';

/** What the job needs of the HQ worker beside the run: where workspaces are, and how HQ is read. */
export interface RefreshJobServices {
  /** The workspace open in this window: a refresh of it writes through this connection. */
  db: HqDatabase;
  workspaces?: ImportDeps;
  hqReader?: HqReader;
  importLimits?: ImportLimits;
  /** The run's watchdog limit: the job says it is alive well within it while HQ makes it wait. */
  stallLimitMs?: number;
  /** The engine's pulls and refreshes under way: a person's refresh of the same workspace is refused meanwhile. */
  resumables: Resumables;
}

/**
 * A refresh's counts as a run's: the transactions HQ changed, updated or added as Succeeded; those
 * changed on both sides (kept here, HQ's version beside them) and the rows the import's checks
 * refused as Failed, since each wants a person's look; those that came back the same as Skipped.
 */
export function refreshRunCounts(counts: RefreshCounts): RunCounts {
  const succeeded = counts.updated + counts.added;
  const failed = counts.conflicts + counts.refusedRows;
  return { processed: succeeded + failed + counts.unchanged, succeeded, failed, skipped: counts.unchanged };
}

/** How a run of the job names its workspace in Run history (the id, if the workspace is gone). */
export async function describeRefreshJob(registry: WorkspaceRegistry | undefined, workspaceId: string): Promise<string> {
  const workspace = await registry?.workspaces.get(workspaceId);
  return scopeLabels.workspace(workspace?.name ?? workspaceId);
}

/** Why a scheduled refresh ended where a pull a person watches would pause, and what to do. */
function pauseMessage(paused: PullStatus['paused'], connectionName: string): string {
  const unchanged = 'The workspace is as it was: nothing is merged before every change has been read.';
  const again = 'then refresh (Run now on the batch job, or wait for its next run).';
  return paused?.reason === 'network'
    ? `The connection to HQ was lost (${paused.message}). ${unchanged} When the network is back, ${again}`
    : `The sign-in to ${connectionName} has lapsed, and a scheduled refresh cannot ask you to sign in. ${unchanged} Sign in again on Connect to HQ, ${again}`;
}

/**
 * Refresh from HQ (a batch job): brings a pulled workspace up to date as refreshWorkspace does, with
 * nobody watching. A wait HQ asks for (429, 503) is waited out, saying meanwhile that the run is
 * alive; where a pull a person watches would pause for them (a lapsed sign-in, a lost network), the
 * run ends in Error saying what to do, since nobody is there to resume it.
 */
export async function runRefreshFromHqJob(services: RefreshJobServices, workspaceId: string, ctx: RunContext): Promise<JobOutcome> {
  const { workspaces, hqReader } = services;
  if (!workspaces || !hqReader) throw new UserFacingError('This window cannot reach headquarters: open Sync Console as the desktop app, or through its browser host.');
  const workspace = await workspaces.registry.workspaces.get(workspaceId);
  if (!workspace) throw new UserFacingError('The workspace this job refreshes no longer exists: it was deleted. Delete this batch job, or pull the workspace again and schedule its refresh.');
  if (!workspace.pulledFrom) throw new UserFacingError(`${workspace.name} was imported from files, not pulled from headquarters: Refresh from HQ has nothing to read it from.`);
  const { connectionName } = workspace.pulledFrom;
  refusedWhileRefreshing(services.resumables, workspaceId);

  // The watchdog ends a run that says nothing for its limit: a run waiting on HQ says it is alive well within it.
  const aliveEvery = (services.stallLimitMs ?? RUN_STALL_LIMIT_MS) / 4;
  let last: [RunCounts, number] = [emptyCounts(), 0];
  let saidAt = Date.now();
  const onProgress = (counts: RunCounts, total: number) => {
    last = [counts, total];
    saidAt = Date.now();
    ctx.onProgress?.(counts, total);
  };
  let paused: PullStatus['paused'] = null;
  const control: PullControl = {
    read: hqReader,
    signal: ctx.signal,
    onStatus: (status) => {
      paused = status.paused;
      if (Date.now() - saidAt >= aliveEvery) onProgress(...last);
    },
    resumed: () => Promise.reject(new UserFacingError(pauseMessage(paused, connectionName))),
    sleep: async (ms, signal) => {
      const alive = setInterval(() => onProgress(...last), aliveEvery);
      try {
        await sleep(ms, signal);
      } finally {
        clearInterval(alive);
      }
    },
  };
  // Registered as a refresh under way: a person's refresh of the same workspace is refused until it ends.
  const { end } = pauseFor(services.resumables, workspaceId);
  try {
    const { counts, report } = await refreshWorkspace({ ...workspaces, current: services.db }, workspaceId, control, { ...ctx, onProgress }, services.importLimits);
    const refusals = (report?.rejected ?? []).map((r) => `${r.where}${r.field ? `, ${r.field}` : ''}: ${r.reason}`);
    const recordProblems = [...(counts.conflicts ? [refreshRunProblems.conflicts(String(counts.conflicts))] : []), ...refusals];
    return { counts: refreshRunCounts(counts), error: null, recordProblems };
  } finally {
    end();
  }
}
