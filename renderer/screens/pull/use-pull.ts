import { useCallback, useRef, useState } from 'react';
import type { PullRequest } from '../../../shared/pull/pull-request';
import type { PullStatus } from '../../../shared/pull/pull-status';
import type { HqConnectionView } from '../../../shared/pull/hq-connection';
import { useServices } from '../../hq/hq-context';

export type PullPhase =
  | { kind: 'idle' }
  | { kind: 'pulling'; importId: string; connectionId: string; startedAt: number; status: PullStatus | null; canceling: boolean }
  | { kind: 'succeeded'; workspaceId: string; rows: number }
  | { kind: 'failed'; message: string }
  | { kind: 'canceled' };

/**
 * One pull from the screen: started as a command to the HQ worker (which reads HQ through this
 * page's host), followed by its status (pages, rows, waits, pauses), resumed after a pause, canceled.
 */
export function usePull() {
  const { hq, host } = useServices();
  const [phase, setPhase] = useState<PullPhase>({ kind: 'idle' });
  const current = useRef<string | null>(null);

  /** A new pull; one the app closed on starts again under the id it had (InterruptedPulls). */
  const start = useCallback(async (connection: HqConnectionView, request: PullRequest, importId: string = crypto.randomUUID()) => {
    current.current = importId;
    setPhase({ kind: 'pulling', importId, connectionId: connection.id, startedAt: Date.now(), status: null, canceling: false });
    try {
      const outcome = await hq.execute(
        { type: 'pullWorkspace', importId, cancelId: importId, request, source: { connectionName: connection.name, environmentUrl: connection.environmentUrl } },
        undefined,
        (status) => setPhase((p) => (p.kind === 'pulling' && p.importId === importId ? { ...p, status } : p)),
      );
      setPhase({ kind: 'succeeded', workspaceId: importId, rows: outcome.counts.succeeded });
    } catch (error) {
      setPhase((p) => (p.kind === 'pulling' && p.canceling ? { kind: 'canceled' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
    } finally {
      current.current = null;
    }
  }, [hq]);

  const cancel = useCallback(() => {
    const importId = current.current;
    if (!importId) return;
    setPhase((p) => (p.kind === 'pulling' ? { ...p, canceling: true } : p));
    void hq.execute({ type: 'cancel', target: { cancelId: importId } });
  }, [hq]);

  /** Goes on from the page reached; after a lapsed sign-in, signs in again first (in the browser). */
  const resume = useCallback(async (signInTo: string | null) => {
    const importId = current.current;
    if (!importId) return;
    if (signInTo && host.hq) {
      const signedIn = await host.hq.signIn(signInTo);
      if (!signedIn.ok) return;
    }
    await hq.execute({ type: 'resumePull', importId });
  }, [hq, host]);

  const dismiss = useCallback(() => setPhase({ kind: 'idle' }), []);
  return { phase, start, cancel, resume, dismiss };
}
