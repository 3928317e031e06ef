import { describe, expect, it } from 'vitest';
import { hqCommandSchema, hqRequestSchema } from '../../shared/contracts/hq-commands';
import { JobRunner } from '../../shared/runner/job-runner';
import { runsInImportedWorkspace, JOB_IDS } from '../../shared/runner/jobs';
import { newBatchJobSchema, runDispatchMessageSchema, runnerStateSchema } from '../../shared/runner/runner-schemas';
import { fakeRunnerDeps } from '../support/fake-runner-deps';
import { badVariants } from '../support/oversized';

// Refresh from HQ as the runner keeps and sends it: a recurring batch job like the others, its
// request ({ jobId, workspaceId }) checked by zod wherever it crosses (the schedules as stored, IPC,
// the HQ worker's runJob), every bad variant refused.

const workspaceId = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const request = { jobId: 'refresh-from-hq', workspaceId } as const;
const recurrence = { intervalMinutes: 60, end: { kind: 'never' } } as const;

describe('Refresh from HQ on the schedule', () => {
  it('is a batch job created, persisted and dispatched with its workspace like the others', async () => {
    const fake = fakeRunnerDeps();
    const runner = await JobRunner.create(fake.deps);
    const job = await runner.createBatchJob({ request, recurrence: { intervalMinutes: 60, end: { kind: 'after', runs: 24 } } });
    fake.advance(60);
    await runner.tick();
    expect(fake.runs.map((r) => r.run)).toEqual([{ job: request, trigger: 'schedule', batchJobId: job.id }]);
    // As stored (electron-store, localStorage) and read back at the next start.
    expect(runnerStateSchema.parse(fake.stored()).batchJobs[0]).toMatchObject({ request, runsStarted: 1, nextRunAt: '2026-11-21T11:00:00.000Z' });
    expect((await JobRunner.create(fakeRunnerDeps(fake.stored()).deps)).snapshot().batchJobs).toHaveLength(1);
  });

  it('takes a valid request wherever it crosses, and refuses every oversized, nested, wrong-typed or missing part', () => {
    const command = { type: 'runJob', job: request, trigger: 'schedule', batchJobId: 'b1' };
    expect(hqCommandSchema.safeParse(command).success).toBe(true);
    expect(newBatchJobSchema.safeParse({ request, recurrence }).success).toBe(true);
    const dispatch = { dispatchId: 1, run: { job: request, trigger: 'schedule', batchJobId: 'b1' } };
    expect(runDispatchMessageSchema.safeParse(dispatch).success).toBe(true);

    for (const { name, payload } of badVariants(command)) expect(hqRequestSchema.safeParse({ requestId: 1, command: payload }).success, name).toBe(false);
    for (const { name, payload } of badVariants({ request, recurrence })) expect(newBatchJobSchema.safeParse(payload).success, name).toBe(false);
    for (const { name, payload } of badVariants(dispatch)) expect(runDispatchMessageSchema.safeParse(payload).success, name).toBe(false);
    // A workspace is named by its id in the registry (a uuid): not by a name, not empty, never the demo, never left out.
    for (const bad of [{ jobId: 'refresh-from-hq', workspaceId: '' }, { jobId: 'refresh-from-hq', workspaceId: 'demo' }, { jobId: 'refresh-from-hq' }, { jobId: 'refresh-from-hq', workspaceId: 'Contoso: USRT' }]) {
      expect(newBatchJobSchema.safeParse({ request: bad, recurrence }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('is the only job that runs while an imported or pulled workspace is open: it writes to no HQ', () => {
    expect(JOB_IDS.filter(runsInImportedWorkspace)).toEqual(['refresh-from-hq']);
  });
});
