import type { WorkspaceRegistry } from '../db/workspace-registry';
import { UserFacingError } from '../platform/user-facing-error';
import { LIMITS } from '../platform/limits';
import type { PullStatus } from './pull-status';
import type { PullUnderWay, PullUnderWayStart } from './pull-under-way';

/** How often a pull's progress is noted in its record at most: the record is a note for after a crash, not a log. */
export const PROGRESS_NOTE_MS = 1000;

/** What a keeper needs of the command's context: the clock, and where the pull's status goes besides the record. */
interface Context {
  now: () => Date;
  onPullStatus?: (status: PullStatus) => void;
}

/**
 * Keeps the record of a pull or refresh (pull-under-way.ts) for as long as `work` runs: written
 * before it reads anything, its pages and rows noted as its status comes (at most once a second,
 * and at once when it pauses, as a pause may last until the app is closed), removed however it
 * ends. Only a closed app leaves it behind. `work` is given the status listener to read HQ with.
 */
export async function keepUnderWay<T>(
  registry: WorkspaceRegistry, start: PullUnderWayStart, ctx: Context, work: (onStatus: (status: PullStatus) => void) => Promise<T>,
): Promise<T> {
  const startedAt = ctx.now().toISOString();
  // Checked and written in one transaction, so two starts of the same work cannot both pass.
  await registry.transaction('rw', registry.pullsUnderWay, registry.workspaces, async () => {
    const running = await registry.pullsUnderWay.get(start.id);
    if (running && running.interruptedAt === null) {
      throw new UserFacingError(start.kind === 'pull' ? 'That pull is already under way.' : 'That workspace is being refreshed already.');
    }
    // A pull's id is its workspace's: one that finished is not pulled again into it (a failed pull deletes its database).
    const finished = start.kind === 'pull' ? await registry.workspaces.get(start.id) : undefined;
    if (finished) throw new UserFacingError(`That pull finished: its workspace is ${finished.name}.`);
    const record: PullUnderWay = { ...start, startedAt, pages: 0, rows: 0, progressAt: startedAt, interruptedAt: null };
    await registry.pullsUnderWay.put(record);
  });
  let notedAt = ctx.now().getTime();
  // Notes are written one after another; one that fails (a full disk) costs only the note.
  let noting: Promise<unknown> = Promise.resolve();
  const onStatus = (status: PullStatus) => {
    ctx.onPullStatus?.(status);
    const at = ctx.now();
    if (status.paused === null && at.getTime() - notedAt < PROGRESS_NOTE_MS) return;
    notedAt = at.getTime();
    const progress = { pages: status.pages, rows: status.rows, progressAt: at.toISOString() };
    noting = noting.then(() => registry.pullsUnderWay.update(start.id, progress)).catch(() => undefined);
  };
  try {
    return await work(onStatus);
  } finally {
    await noting;
    await registry.pullsUnderWay.delete(start.id);
  }
}

/**
 * keepUnderWay for a refresh of a pulled workspace, its record naming the workspace and where it
 * was pulled from. A workspace gone, or never pulled, has no refresh to keep: `work` says why not.
 */
export async function keepRefreshUnderWay<T>(
  registry: WorkspaceRegistry, workspaceId: string, ctx: Context, work: (onStatus: (status: PullStatus) => void) => Promise<T>,
): Promise<T> {
  const workspace = await registry.workspaces.get(workspaceId);
  const from = workspace?.pulledFrom;
  if (!workspace || !from) return work((status) => ctx.onPullStatus?.(status));
  const { connectionId, connectionName, environmentUrl } = from;
  return keepUnderWay(registry, { kind: 'refresh', id: workspaceId, workspaceName: workspace.name.slice(0, LIMITS.shortText), connectionId, connectionName, environmentUrl }, ctx, work);
}
