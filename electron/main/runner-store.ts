import ElectronStore from 'electron-store';
import type { RunnerState } from '../../shared/runner/runner-schemas';
import type { RunnerStorage } from '../../shared/runner/job-runner';

/** The job schedules in runner.json under userData; the runner validates what it loads. */
export function openRunnerStorage(): RunnerStorage {
  const store = new ElectronStore<{ state: RunnerState | null }>({ name: 'runner', defaults: { state: null }, clearInvalidConfig: true });
  return {
    load: async () => store.get('state'),
    save: async (state) => store.set('state', state),
  };
}
