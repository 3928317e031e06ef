import { z } from 'zod';
import { cancelIdSchema, defineCommand } from '../../command/define-command';
import { UserFacingError, isAbort } from '../../platform/user-facing-error';
import { runCountsSchema } from '../../runner/run-outcome';
import { importCounts } from '../../import/import-workspace';
import { workspaceDeps } from '../../import/commands/workspace-deps';
import { hqConnectionSchema } from '../hq-connection';
import { pullRequestSchema } from '../pull-request';
import { pullWorkspace } from '../pull-workspace';
import { pauseFor } from '../pull-pauses';
import { sleep } from '../pull-pause';
import { keepUnderWay } from '../keep-under-way';

/**
 * A pull from a real HQ into a new workspace: an import whose pages come from HQ, read through the
 * page and its host (ctx.hqReader). Its status (pages, waits, pauses) goes to ctx.onPullStatus;
 * a pause waits for resumePull; Cancel is the cancel command with the pull's cancelId.
 */
export const pullWorkspaceCommand = defineCommand({
  type: 'pullWorkspace',
  input: {
    /** The id the new workspace will have; resumePull names the pull by it. */
    importId: z.uuid(),
    request: pullRequestSchema,
    source: z.object({ connectionName: hqConnectionSchema.shape.name, environmentUrl: hqConnectionSchema.shape.environmentUrl }).strict(),
    cancelId: cancelIdSchema.optional(),
  },
  result: z.object({ kind: z.literal('pulled'), counts: runCountsSchema }),
  inImportedWorkspace: true,
  long: true,
  activity: 'pulling from headquarters',
  handle: async ({ importId, request, source }, ctx) => {
    const read = ctx.hqReader;
    if (!read) throw new UserFacingError('This window cannot reach headquarters.');
    const deps = workspaceDeps(ctx);
    const { pause, end } = pauseFor(ctx.resumables, importId);
    try {
      // Recorded while it runs, so that a pull the app closed on is said at the next start, and offered again.
      const record = { kind: 'pull' as const, id: importId, connectionId: request.connectionId, ...source, request };
      const { report } = await keepUnderWay(deps.registry, record, ctx, (onStatus) => {
        const control = { read, signal: ctx.signal, onStatus, resumed: pause.resumed, sleep };
        return pullWorkspace(deps, importId, request, source, control, ctx, ctx.importLimits);
      });
      return { kind: 'pulled' as const, counts: importCounts(report!) };
    } catch (error) {
      if (ctx.signal.aborted && isAbort(error)) throw new UserFacingError('The pull was canceled: nothing of it was kept, and the workspaces you had are as they were.');
      throw error;
    } finally {
      end();
    }
  },
});
