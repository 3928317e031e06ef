import { z } from 'zod';
import { cancelIdSchema, defineCommand } from '../../command/define-command';
import { UserFacingError, isAbort } from '../../platform/user-facing-error';
import { workspaceDeps } from '../../import/commands/workspace-deps';
import { refreshCountsSchema } from '../refresh-counts';
import { refreshWorkspace } from '../refresh-workspace';
import { pauseFor } from '../pull-pauses';
import { sleep } from '../pull-pause';
import { keepRefreshUnderWay } from '../keep-under-way';
import { LIMITS } from '../../platform/limits';
import { refusedWhileRefreshing } from '../refresh-once';

/** The refusals of rows HQ sent that the refresh's answer carries (the first few: the counts say how many). */
const MAX_REFUSALS_SAID = 20;

/** A row HQ sent that the import's checks refused, as the import's report keeps it (RejectedRow): the screen says it in the person's language. */
const refusalSchema = z.object({
  file: z.string().max(LIMITS.message),
  where: z.string().max(LIMITS.message),
  field: z.string().max(LIMITS.message).nullable(),
  reason: z.string().max(LIMITS.message),
}).strict();
const capped = (text: string) => text.slice(0, LIMITS.message);

/**
 * Brings a pulled workspace up to date with what HQ changed since (refresh-workspace.ts), reading
 * HQ as a pull does: its waits, pauses (resumePull with the workspace's id) and Cancel (its cancelId).
 */
export const refreshWorkspaceCommand = defineCommand({
  type: 'refreshWorkspace',
  input: { workspaceId: z.uuid(), cancelId: cancelIdSchema.optional() },
  result: z.object({
    kind: z.literal('refreshed'),
    counts: refreshCountsSchema,
    refusals: z.array(refusalSchema).max(MAX_REFUSALS_SAID),
  }),
  inImportedWorkspace: true,
  long: true,
  activity: 'refreshing the workspace from headquarters',
  handle: async ({ workspaceId }, ctx) => {
    const read = ctx.hqReader;
    if (!read) throw new UserFacingError('This window cannot reach headquarters.');
    refusedWhileRefreshing(ctx.resumables, workspaceId);
    const deps = workspaceDeps(ctx);
    const { pause, end } = pauseFor(ctx.resumables, workspaceId);
    try {
      // Recorded while it runs, so that a refresh the app closed on is said at the next start, and offered again.
      const { counts, report } = await keepRefreshUnderWay(deps.registry, workspaceId, ctx, (onStatus) => {
        const control = { read, signal: ctx.signal, onStatus, resumed: pause.resumed, sleep };
        return refreshWorkspace({ ...deps, current: ctx.db }, workspaceId, control, ctx, ctx.importLimits);
      });
      const refusals = (report?.rejected ?? []).slice(0, MAX_REFUSALS_SAID)
        .map((r) => ({ file: capped(r.file), where: capped(r.where), field: r.field === null ? null : capped(r.field), reason: capped(r.reason) }));
      return { kind: 'refreshed' as const, counts, refusals };
    } catch (error) {
      if (ctx.signal.aborted && isAbort(error)) {
        throw new UserFacingError('The refresh was canceled. Each transaction it had merged is whole; the next refresh reads HQ\u2019s changes again from the same time.');
      }
      throw error;
    } finally {
      end();
    }
  },
});
