import { useCallback, useRef, useState } from 'react';
import type { PullStatus } from '../../../shared/pull/pull-status';
import { useServices } from '../../hq/hq-context';

/**
 * Where a read of HQ stands: a pull into a new workspace, or a refresh of a pulled one. While it
 * reads ('pulling', for both) it has its status (pages, rows, waits, pauses); once done, what it
 * ended with (`Done`: the new workspace, the refresh's counts).
 */
export type HqReadPhase<Done extends object> =
  | { kind: 'idle' }
  | ReadingPhase
  | ({ kind: 'succeeded' } & Done)
  | { kind: 'failed'; message: string }
  | { kind: 'canceled' };

export interface ReadingPhase {
  kind: 'pulling';
  /** The id resumePull names the paused read by: a pull's new workspace, a refreshed workspace. */
  importId: string;
  /** The connection to sign in to again when the sign-in lapses. */
  connectionId: string;
  startedAt: number;
  status: PullStatus | null;
  canceling: boolean;
}

/** Which read (the id resumePull names it by, the one Cancel names it by), and how: a command to the HQ worker, given the status to pass on. */
export interface HqReadStart<Done extends object> {
  importId: string;
  cancelId: string;
  connectionId: string;
  read: (onStatus: (status: PullStatus) => void) => Promise<Done>;
}

/**
 * One read of HQ from the screen: started as a command to the HQ worker (which reads HQ through this
 * page's host), followed by its status, resumed after a pause (signing in again first where the
 * sign-in lapsed), canceled. usePull and the refresh session are this with their own command.
 */
export function useHqRead<Done extends object>() {
  const { hq, host } = useServices();
  const [phase, setPhase] = useState<HqReadPhase<Done>>({ kind: 'idle' });
  const current = useRef<{ importId: string; cancelId: string } | null>(null);

  const start = useCallback(async ({ importId, cancelId, connectionId, read }: HqReadStart<Done>) => {
    const ids = { importId, cancelId };
    current.current = ids;
    setPhase({ kind: 'pulling', importId, connectionId, startedAt: Date.now(), status: null, canceling: false });
    // Its status and its end are said while it is the read under way (asked here, not in an updater React runs later).
    const mine = () => current.current === ids;
    try {
      const done = await read((status) => {
        if (mine()) setPhase((p) => (p.kind === 'pulling' ? { ...p, status } : p));
      });
      if (mine()) setPhase({ kind: 'succeeded', ...done });
    } catch (error) {
      if (mine()) setPhase((p) => (p.kind === 'pulling' && p.canceling ? { kind: 'canceled' } : { kind: 'failed', message: error instanceof Error ? error.message : String(error) }));
    } finally {
      if (mine()) current.current = null;
    }
  }, []);

  const cancel = useCallback(() => {
    const ids = current.current;
    if (!ids) return;
    setPhase((p) => (p.kind === 'pulling' ? { ...p, canceling: true } : p));
    void hq.execute({ type: 'cancel', target: { cancelId: ids.cancelId } });
  }, [hq]);

  /** Goes on from the page reached; after a lapsed sign-in, signs in again first (in the browser). */
  const resume = useCallback(async (signInTo: string | null) => {
    const ids = current.current;
    if (!ids) return;
    if (signInTo && host.hq) {
      const signedIn = await host.hq.signIn(signInTo);
      if (!signedIn.ok) return;
    }
    await hq.execute({ type: 'resumePull', importId: ids.importId });
  }, [hq, host]);

  const dismiss = useCallback(() => setPhase({ kind: 'idle' }), []);
  return { phase, start, cancel, resume, dismiss };
}
