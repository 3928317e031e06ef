import { useCallback } from 'react';
import type { PullRequest } from '../../../shared/pull/pull-request';
import type { HqConnectionView } from '../../../shared/pull/hq-connection';
import { useServices } from '../../hq/hq-context';
import { useHqRead, type HqReadPhase } from './use-hq-read';

export type PullPhase = HqReadPhase<{ workspaceId: string; rows: number }>;

/** One pull into a new workspace: its id (the new workspace's) names the pull to resume and to cancel. */
export function usePull() {
  const { hq } = useServices();
  const { start: startRead, ...read } = useHqRead<{ workspaceId: string; rows: number }>();

  /** A new pull; one the app closed on starts again under the id it had (InterruptedPulls). */
  const start = useCallback(async (connection: HqConnectionView, request: PullRequest, importId: string = crypto.randomUUID()) => {
    await startRead({
      importId, cancelId: importId, connectionId: connection.id,
      read: async (onStatus) => {
        const outcome = await hq.execute(
          { type: 'pullWorkspace', importId, cancelId: importId, request, source: { connectionName: connection.name, environmentUrl: connection.environmentUrl } },
          undefined,
          onStatus,
        );
        return { workspaceId: importId, rows: outcome.counts.succeeded };
      },
    });
  }, [hq, startRead]);

  return { ...read, start };
}
