import { z } from 'zod';
import { defineCommand, doneResult } from '../../command/define-command';
import { deleteWorkspace } from '../import-workspace';
import { workspaceDeps } from './workspace-deps';

/** An imported workspace deleted: its database and its entry in the registry. */
export const deleteWorkspaceCommand = defineCommand({
  type: 'deleteWorkspace',
  input: { workspaceId: z.uuid() },
  result: doneResult,
  inImportedWorkspace: true,
  activity: 'deleting the workspace',
  handle: async ({ workspaceId }, ctx) => {
    await deleteWorkspace(workspaceDeps(ctx), workspaceId);
    return {};
  },
});
