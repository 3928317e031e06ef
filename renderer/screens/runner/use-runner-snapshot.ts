import { useEffect, useState } from 'react';
import type { RunnerSnapshot } from '../../../shared/runner/runner-schemas';
import { useServices } from '../../hq/hq-context';

/** The job runner's schedules and what it is running, kept current by its change events. */
export function useRunnerSnapshot(): RunnerSnapshot | null {
  const { host } = useServices();
  const [snapshot, setSnapshot] = useState<RunnerSnapshot | null>(null);
  useEffect(() => {
    let live = true;
    const unsubscribe = host.runner.onSnapshot((s) => live && setSnapshot(s));
    void host.runner.getSnapshot().then((s) => live && setSnapshot((current) => current ?? s));
    return () => {
      live = false;
      unsubscribe();
    };
  }, [host]);
  return snapshot;
}
