import type { TFunction } from 'i18next';
import type { JobRequest } from '../../../shared/runner/jobs';
import type { ChannelDatabaseGroup, Region, Store } from '../../../shared/configuration/organization';
import type { Workspace } from '../../../shared/db/workspace-registry';

/** How a job's parameters read in a list: its channel database groups, its node of "Stores by region", or the workspace it refreshes. */
export function describeRequest(
  t: TFunction, request: JobRequest, names: { groups: ChannelDatabaseGroup[]; regions: Region[]; stores: Store[]; workspaces: Workspace[] },
): string {
  if ('scope' in request) {
    const { scope } = request;
    if (scope.kind === 'all') return t('jobs.allStores');
    if (scope.kind === 'region') return t('jobs.region', { name: names.regions.find((r) => r.id === scope.id)?.name ?? scope.id });
    return t('jobs.store', { name: names.stores.find((s) => s.id === scope.id)?.name ?? scope.id });
  }
  if ('channelDatabaseGroupIds' in request) {
    if (!request.channelDatabaseGroupIds) return t('distribution.allGroups');
    return request.channelDatabaseGroupIds.map((id) => names.groups.find((g) => g.id === id)?.name ?? id).join(', ');
  }
  if ('workspaceId' in request) {
    const workspace = names.workspaces.find((w) => w.id === request.workspaceId);
    return workspace ? t('runs.scopes.workspace', { name: workspace.name }) : t('batchJobs.workspaceGone');
  }
  return t('batchJobs.headquarters');
}
