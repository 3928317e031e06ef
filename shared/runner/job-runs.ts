import type { JobId } from './jobs';

export type JobRunStatus = 'Waiting' | 'Executing' | 'Ended' | 'Error' | 'Canceled';

export interface RunCounts {
  processed: number;
  succeeded: number;
  failed: number;
  skipped: number;
}

export interface JobRun extends RunCounts {
  id?: number;
  jobId: JobId;
  scopeLabel: string;
  trigger: 'manual' | 'schedule';
  /** The recurring batch job that started this run, if a schedule did. */
  batchJobId: string | null;
  startedAt: string;
  endedAt: string | null;
  status: JobRunStatus;
  /** How many items the run will look at, once it knows; drives the progress bar. */
  total: number | null;
  error: string | null;
  /** Records that failed alone while the run went on, each named with its reason (absent on runs before this was kept). */
  recordProblems?: string[];
  /** The words of its job's name, scope and error, for Run history's search (kept by run-search-words.ts). */
  searchWords?: string[];
}

export const emptyCounts = (): RunCounts => ({ processed: 0, succeeded: 0, failed: 0, skipped: 0 });
