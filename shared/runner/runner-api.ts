import type { CommandOutcome } from './run-outcome';
import type { JobRequest } from './jobs';
import type { BatchJob, DistributionEntry, NewBatchJob, Recurrence, RunDispatch, RunnerSnapshot } from './runner-schemas';

/** The job runner, wherever it lives (main process in Electron, the page in the browser host). */
export interface RunnerApi {
  getSnapshot(): Promise<RunnerSnapshot>;
  onSnapshot(listener: (snapshot: RunnerSnapshot) => void): () => void;
  /** Resolves when the run has ended (or with the run it was coalesced into). */
  runNow(job: JobRequest): Promise<CommandOutcome>;
  runBatchJobNow(id: string): Promise<CommandOutcome>;
  createBatchJob(input: NewBatchJob): Promise<BatchJob>;
  updateRecurrence(id: string, recurrence: Recurrence): Promise<void>;
  setEnabled(id: string, enabled: boolean): Promise<void>;
  deleteBatchJob(id: string): Promise<void>;
  setDistributionGroups(jobId: DistributionEntry['jobId'], channelDatabaseGroupIds: string[] | null): Promise<void>;
}

/** Carries out one of the runner's runs in the HQ worker. */
export type RunExecutor = (run: RunDispatch) => Promise<CommandOutcome>;
