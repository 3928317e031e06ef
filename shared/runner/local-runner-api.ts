import type { JobRunner } from './job-runner';
import type { RunnerApi } from './runner-api';

/** The RunnerApi over a runner in the same process (the browser host, and main's IPC handlers). */
export function localRunnerApi(runner: JobRunner): RunnerApi {
  return {
    getSnapshot: async () => runner.snapshot(),
    onSnapshot: (listener) => runner.subscribe(listener),
    runNow: (job) => runner.runNow(job),
    runBatchJobNow: (id) => runner.runBatchJobNow(id),
    createBatchJob: (input) => runner.createBatchJob(input),
    updateRecurrence: (id, recurrence) => runner.updateRecurrence(id, recurrence),
    setEnabled: (id, enabled) => runner.setEnabled(id, enabled),
    deleteBatchJob: (id) => runner.deleteBatchJob(id),
    setDistributionGroups: (jobId, groups) => runner.setDistributionGroups(jobId, groups),
  };
}
