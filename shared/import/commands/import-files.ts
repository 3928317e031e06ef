import { z } from 'zod';
import { cancelIdSchema, defineCommand } from '../../command/define-command';
import { LIMITS } from '../../platform/limits';
import { UserFacingError, isAbort } from '../../platform/user-facing-error';
import { runCountsSchema } from '../../runner/run-outcome';
import { importOptionsSchema } from '../import-options';
import { ImportIncomplete, MAX_IMPORT_SOURCES } from '../import-types';
import { importCounts, ImportedBefore, importWorkspace } from '../import-workspace';
import { workspaceDeps } from './workspace-deps';

/** The workspace the same files were imported into before, still there. */
export const importedBeforeSchema = z.object({ workspaceId: z.string().max(LIMITS.idLength), name: z.string().max(LIMITS.message), createdAt: z.string().max(LIMITS.idLength) });
export type ImportedBeforeWorkspace = z.infer<typeof importedBeforeSchema>;

/**
 * An import of HQ's export files into a new workspace. Answers what was imported, or, when OData
 * pages are missing from their chains, which: nothing was imported, and importing what is there
 * needs the person's word (options.acceptIncomplete).
 */
export const importFilesCommand = defineCommand({
  type: 'importFiles',
  input: {
    /** The id the new workspace will have: the UI finds its report in the workspace registry under it. */
    importId: z.uuid(),
    files: z.array(z.object({ name: z.string().min(1).max(260), bytes: z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'the file is not bytes') })).min(1).max(MAX_IMPORT_SOURCES),
    /** What the person said of the export on the Import screen (company, date format, whether to import a chain with a gap). */
    options: importOptionsSchema.optional(),
    cancelId: cancelIdSchema.optional(),
  },
  result: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('imported'), counts: runCountsSchema }),
    z.object({ kind: z.literal('pagesMissing'), missingPages: z.array(z.string().max(LIMITS.message)).max(500) }),
    /** The same files were imported before into this workspace, still there: nothing was imported, and importing them again needs the person's word. */
    z.object({ kind: z.literal('importedBefore'), workspace: importedBeforeSchema }),
  ]),
  inImportedWorkspace: true,
  long: true,
  activity: 'importing the files',
  handle: async ({ importId, files, options }, ctx) => {
    try {
      const { report } = await importWorkspace(workspaceDeps(ctx), importId, files, ctx, options, ctx.importLimits);
      return { kind: 'imported' as const, counts: importCounts(report!) };
    } catch (error) {
      // Pages missing: the person decides whether to import what is there.
      if (error instanceof ImportIncomplete) return { kind: 'pagesMissing' as const, missingPages: error.missing };
      // The same files imported before: the person decides whether to import them again.
      if (error instanceof ImportedBefore) {
        const { id, name, createdAt } = error.workspace;
        return { kind: 'importedBefore' as const, workspace: { workspaceId: id, name, createdAt } };
      }
      // Canceling is what the person asked for, not a fault for the developer log.
      if (ctx.signal.aborted && isAbort(error)) throw new UserFacingError('The import was canceled: nothing of it was kept.');
      throw error;
    }
  },
});
