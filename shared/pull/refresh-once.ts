import { UserFacingError } from '../platform/user-facing-error';
import type { Resumables } from '../command/resumables';

/**
 * One refresh of a workspace at a time (a person's, or a run of Refresh from HQ): two would fill and
 * delete the same staging database. The second is refused in words rather than queued, since the
 * one under way brings the same changes.
 */
export function refusedWhileRefreshing(resumables: Resumables, workspaceId: string): void {
  if (resumables.has(workspaceId)) {
    throw new UserFacingError('This workspace is being refreshed from HQ already: wait for that refresh to end, then refresh again if you need to.');
  }
}
