import { UserFacingError } from '../platform/user-facing-error';
import { pullUnderWay } from './pull-pauses';

/**
 * One refresh of a workspace at a time (a person's, or a run of Refresh from HQ): two would fill and
 * delete the same staging database. The second is refused in words rather than queued, since the
 * one under way brings the same changes.
 */
export function refusedWhileRefreshing(workspaceId: string): void {
  if (pullUnderWay(workspaceId)) {
    throw new UserFacingError('This workspace is being refreshed from HQ already: wait for that refresh to end, then refresh again if you need to.');
  }
}
