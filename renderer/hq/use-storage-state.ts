import { useMemo, useSyncExternalStore } from 'react';
import type { JobRun } from '../../shared/runner/job-runs';
import type { StorageState } from '../../shared/db/storage-status';
import { useServices } from './hq-context';

/** The storage as the HQ worker last found it: full, and the writes (runs' ends) waiting for room. */
export function useStorageState(): StorageState {
  const { hq } = useServices();
  return useSyncExternalStore(hq.subscribeStorage, () => hq.storage);
}

/**
 * Runs as they are: a run whose end is waiting for room on a full disk is shown as it ended (the
 * worker knows it), not as the Executing its row still says until the end can be written.
 */
export function useRunsAsEnded<R extends JobRun | undefined>(runs: readonly R[] | undefined): R[] | undefined {
  const { runEnds } = useStorageState();
  return useMemo(() => {
    if (!runs || runEnds.length === 0) return runs?.slice();
    const ends = new Map(runEnds.map(({ runId, ...end }) => [runId, end]));
    return runs.map((run) => (run?.id !== undefined && ends.has(run.id) ? { ...run, ...ends.get(run.id) } : run));
  }, [runs, runEnds]);
}
