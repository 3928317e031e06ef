import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Workspace } from '../../../shared/db/workspace-registry';
import type { HqCommandResult } from '../../../shared/contracts/hq-commands';
import { useServices } from '../../hq/hq-context';
import { useHqRead, type HqReadPhase } from './use-hq-read';

/** What a refresh ended with: the refreshWorkspace command's answer. */
export type RefreshDone = Omit<HqCommandResult<'refreshWorkspace'>, 'kind'>;
export type RefreshPhase = HqReadPhase<RefreshDone>;

export interface RefreshSession {
  phase: RefreshPhase;
  /** The workspace the refresh under way or last ended is of; null before any. */
  workspace: Workspace | null;
  start(workspace: Workspace): void;
  cancel(): void;
  resume(signInTo: string | null): void;
  dismiss(): void;
}

const RefreshSessionContext = createContext<RefreshSession | null>(null);

/**
 * The refresh of a pulled workspace lives above the screens, as the import does: the open
 * workspace's banner and the workspaces table both start it, and one refresh at a time goes on (its
 * progress, pauses and outcome shown on every screen) while the person looks elsewhere.
 */
export function RefreshSessionProvider({ children }: { children: ReactNode }) {
  const { hq } = useServices();
  const read = useHqRead<RefreshDone>();
  const [workspace, setWorkspace] = useState<Workspace | null>(null);
  const { start: startRead, resume: resumeRead } = read;

  const start = useCallback((target: Workspace) => {
    const from = target.pulledFrom;
    if (!from) return;
    setWorkspace(target);
    const cancelId = crypto.randomUUID();
    void startRead({
      // A refresh's pause is named by its workspace (refreshWorkspace's resumePull).
      importId: target.id, cancelId, connectionId: from.connectionId,
      read: async (onStatus) => {
        const { counts, refusals } = await hq.execute({ type: 'refreshWorkspace', workspaceId: target.id, cancelId }, undefined, onStatus);
        return { counts, refusals };
      },
    });
  }, [hq, startRead]);
  const resume = useCallback((signInTo: string | null) => void resumeRead(signInTo), [resumeRead]);

  const session = useMemo<RefreshSession>(
    () => ({ phase: read.phase, workspace, start, cancel: read.cancel, resume, dismiss: read.dismiss }),
    [read.phase, read.cancel, read.dismiss, workspace, start, resume],
  );
  return <RefreshSessionContext.Provider value={session}>{children}</RefreshSessionContext.Provider>;
}

export function useRefreshSession(): RefreshSession {
  const session = useContext(RefreshSessionContext);
  if (!session) throw new Error('useRefreshSession outside RefreshSessionProvider');
  return session;
}
