import type { RunCounts } from './job-runs';
import type { PeopleWaiting } from './people-waiting';

/** Reports a run's counts as it goes; `total` is known once the run has found its work. */
export type ProgressListener = (counts: RunCounts, total: number) => void;

export interface RunContext {
  now: () => Date;
  onProgress?: ProgressListener;
  /** Checked between items: each item is atomic, so stopping between two leaves everything consistent. */
  signal?: AbortSignal;
  /** A person's commands beside the run, which a long job gives way to between its items. */
  people?: PeopleWaiting;
}
