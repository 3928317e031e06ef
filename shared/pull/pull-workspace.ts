import type { ImportDeps, Workspace } from '../db/workspace-registry';
import { createWorkspace } from '../import/import-workspace';
import { DEFAULT_IMPORT_OPTIONS } from '../import/import-options';
import type { RunContext } from '../runner/run-progress';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../platform/import-limits';
import { PullReader, type PullControl } from './read-pull';
import type { PullRequest } from './pull-request';
import { STATUS_SET, TRANSACTION_SETS } from './pull-plan';
import { changesSinceOf } from './changes-since';

/** The connection a pull reads, as the workspace names it afterwards (nothing secret). */
export interface PullSource {
  connectionName: string;
  environmentUrl: string;
}

const sourceSets = (request: PullRequest) => [...(request.statuses ? [STATUS_SET] : []), ...(request.transactions ? TRANSACTION_SETS : [])];

/**
 * A pull into a new workspace: an import whose pages come from HQ. Same writer, same validation,
 * same report as files; entered in the registry only once every page is in, else deleted. The
 * workspace says where it came from (the connection, the environment) and when.
 */
export function pullWorkspace(
  deps: ImportDeps, importId: string, request: PullRequest, source: PullSource, control: PullControl, ctx: RunContext, limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<Workspace> {
  const reader = new PullReader(request, control);
  const changesSince = changesSinceOf(ctx.now());
  const entry = (at: Date) => ({
    name: `${source.connectionName}: ${request.companies.join(', ').toUpperCase()}, ${request.from} to ${request.to} (pulled ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC)`,
    sourceFiles: sourceSets(request).map((set) => `${source.environmentUrl}/data/${set.entity.set}`),
    pulledFrom: {
      connectionId: request.connectionId, connectionName: source.connectionName, environmentUrl: source.environmentUrl, pulledAt: at.toISOString(),
      request, changesSince, refreshedAt: null, lastRefresh: null,
    },
  });
  return createWorkspace(deps, importId, entry, (sink, options) => reader.read(sink, options), ctx, DEFAULT_IMPORT_OPTIONS, limits);
}
