import type { RunDispatch, RunnerState } from '../../shared/runner/runner-schemas';
import type { RunnerDeps } from '../../shared/runner/job-runner';
import type { CommandOutcome } from '../../shared/runner/run-outcome';

/** A clock the test moves by hand, a storage in memory, and a dispatch whose runs end when the test says. */
export function fakeRunnerDeps(saved: unknown = null) {
  let now = Date.UTC(2026, 10, 21, 9, 0);
  let stored: unknown = saved;
  let ids = 0;
  const runs: { run: RunDispatch; finish: (outcome?: Partial<CommandOutcome>) => void }[] = [];
  const deps: RunnerDeps = {
    now: () => new Date(now),
    storage: { load: async () => stored, save: async (state: RunnerState) => void (stored = structuredClone(state)) },
    dispatch: (run) => new Promise<CommandOutcome>((resolve) => {
      runs.push({ run, finish: (o = {}) => resolve({ runId: runs.length, status: 'Ended', counts: null, error: null, ...o }) });
    }),
    newId: () => `batch-${++ids}`,
  };
  return {
    deps,
    runs,
    advance: (minutes: number) => void (now += minutes * 60_000),
    stored: () => stored,
    settle: () => new Promise((r) => setTimeout(r, 0)),
  };
}
