import { useCallback, useRef, useState } from 'react';
import type { RefreshCounts } from '../../../shared/pull/refresh-counts';
import type { PullUnderWay } from '../../../shared/pull/pull-under-way';
import { useServices } from '../../hq/hq-context';
import type { PullPhase } from './use-pull';

type Refresh = Extract<PullUnderWay, { kind: 'refresh' }>;

export type ResumedRefreshPhase =
  | { kind: 'idle' }
  | { kind: 'refreshing'; workspaceName: string; progress: Extract<PullPhase, { kind: 'pulling' }> }
  | { kind: 'refreshed'; workspaceName: string; counts: RefreshCounts }
  | { kind: 'failed'; message: string }
  | { kind: 'canceled' };

/**
 * A refresh the app closed on, run again: the refreshWorkspace command for its workspace, followed
 * as a pull is (PullProgress: pages, rows, waits, pauses; the pause and Cancel answer to the
 * workspace's id), reading HQ's changes from where the interrupted one began.
 */
export function useResumedRefresh() {
  const { hq, host } = useServices();
  const [phase, setPhase] = useState<ResumedRefreshPhase>({ kind: 'idle' });
  const current = useRef<string | null>(null);

  const start = useCallback(async (record: Refresh) => {
    const workspaceId = record.id;
    current.current = workspaceId;
    const progress = { kind: 'pulling' as const, importId: workspaceId, connectionId: record.connectionId, startedAt: Date.now(), status: null, canceling: false };
    setPhase({ kind: 'refreshing', workspaceName: record.workspaceName, progress });
    try {
      const outcome = await hq.execute({ type: 'refreshWorkspace', workspaceId, cancelId: workspaceId }, undefined, (status) => setPhase((p) => (
        p.kind === 'refreshing' && p.progress.importId === workspaceId ? { ...p, progress: { ...p.progress, status } } : p
      )));
      setPhase({ kind: 'refreshed', workspaceName: record.workspaceName, counts: outcome.counts });
    } catch (error) {
      setPhase((p) => (p.kind === 'refreshing' && p.progress.canceling ? { kind: 'canceled' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
    } finally {
      current.current = null;
    }
  }, [hq]);

  const cancel = useCallback(() => {
    const workspaceId = current.current;
    if (!workspaceId) return;
    setPhase((p) => (p.kind === 'refreshing' ? { ...p, progress: { ...p.progress, canceling: true } } : p));
    void hq.execute({ type: 'cancel', target: { cancelId: workspaceId } });
  }, [hq]);

  /** Goes on after a pause, from the page reached; after a lapsed sign-in, signs in again first. */
  const resume = useCallback(async (signInTo: string | null) => {
    const workspaceId = current.current;
    if (!workspaceId) return;
    if (signInTo && host.hq && !(await host.hq.signIn(signInTo)).ok) return;
    await hq.execute({ type: 'resumePull', importId: workspaceId });
  }, [hq, host]);

  const dismiss = useCallback(() => setPhase({ kind: 'idle' }), []);
  return { phase, start, cancel, resume, dismiss };
}
