import type { RunnerState } from './runner-schemas';

/** The distribution schedule as HQ ships it: every distribution job, for every channel database group. */
export const defaultRunnerState = (): RunnerState => ({
  version: 1,
  distribution: (['P-0001', '1010', '1070', '1110'] as const).map((jobId) => ({ jobId, channelDatabaseGroupIds: null })),
  batchJobs: [],
});
