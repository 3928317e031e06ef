import type { CommandContext } from '../../command/command-context';
import type { ImportDeps } from '../../db/workspace-registry';
import { UserFacingError } from '../../platform/user-facing-error';

/** Where the import commands create and delete workspaces; refused in words where the engine was given none. */
export function workspaceDeps(ctx: CommandContext): ImportDeps {
  if (!ctx.workspaces) throw new UserFacingError('Importing is not available here.');
  return ctx.workspaces;
}
