import { describe, expect, it, vi } from 'vitest';
import { UserFacingError } from '../../shared/platform/user-facing-error';
import { JobRunner } from '../../shared/runner/job-runner';
import { fakeRunnerDeps } from '../support/fake-runner-deps';

const upload = { jobId: 'P-0001', channelDatabaseGroupIds: null } as const;
const every = (intervalMinutes: number, runs?: number) => ({ intervalMinutes, end: runs ? { kind: 'after' as const, runs } : { kind: 'never' as const } });

async function runnerWith(saved: unknown = null) {
  const fake = fakeRunnerDeps(saved);
  return { ...fake, runner: await JobRunner.create(fake.deps) };
}

describe('job runner', () => {
  it('runs a recurring batch job every interval, from its creation', async () => {
    const { runner, runs, advance, settle } = await runnerWith();
    const job = await runner.createBatchJob({ request: upload, recurrence: every(10) });
    expect(job.nextRunAt).toBe('2026-11-21T09:10:00.000Z');
    advance(9);
    await runner.tick();
    expect(runs).toHaveLength(0);
    advance(1);
    await runner.tick();
    expect(runs.map((r) => r.run)).toEqual([{ job: upload, trigger: 'schedule', batchJobId: job.id }]);
    expect(runner.snapshot().batchJobs[0]!.nextRunAt).toBe('2026-11-21T09:20:00.000Z');
    runs[0]!.finish({ status: 'Ended' });
    await settle();
    expect(runner.snapshot().batchJobs[0]!.lastRun).toMatchObject({ status: 'Ended', runId: 1 });
  });

  it('stops after End after N runs', async () => {
    const { runner, runs, advance, settle } = await runnerWith();
    await runner.createBatchJob({ request: upload, recurrence: every(5, 2) });
    for (let i = 0; i < 4; i++) {
      advance(5);
      await runner.tick();
      runs.at(-1)?.finish();
      await settle();
    }
    expect(runs).toHaveLength(2);
    expect(runner.snapshot().batchJobs[0]).toMatchObject({ runsStarted: 2, nextRunAt: null });
  });

  it('dispatches distinct requests of one job, and coalesces a repeated one into the run already waiting', async () => {
    const { runner, runs, settle } = await runnerWith();
    const store = (id: string) => ({ jobId: 'synchronize-orders' as const, scope: { kind: 'store' as const, id } });
    const s1 = runner.runNow(store('S1'));
    runner.runNow(store('S2'));
    runner.runNow(store('S3'));
    const again = [runner.runNow(store('S1')), runner.runNow(store('S1'))];
    await settle();
    expect(runs.map((r) => r.run.job)).toEqual([store('S1'), store('S2'), store('S3'), store('S1')]);
    expect(runner.snapshot()).toMatchObject({ executing: ['synchronize-orders'], waiting: ['synchronize-orders'] });

    runs[0]!.finish();
    await s1;
    runs[3]!.finish({ runId: 42 });
    expect(await again[0]!).toEqual(await again[1]!);
    expect((await again[1]!).runId).toBe(42);
  });

  it('a scheduled run that keeps falling due while one executes runs once more, not once per slot', async () => {
    const { runner, runs, advance, settle } = await runnerWith();
    await runner.createBatchJob({ request: upload, recurrence: every(1) });
    for (let i = 0; i < 4; i++) {
      advance(1);
      await runner.tick();
    }
    await settle();
    expect(runs).toHaveLength(2);
    runs[0]!.finish();
    runs[1]!.finish();
    await settle();
    expect(runner.snapshot()).toMatchObject({ executing: [], waiting: [] });
  });

  it('after a sleep, runs a missed job once, not once per missed slot', async () => {
    const { runner, runs, advance, settle } = await runnerWith();
    await runner.createBatchJob({ request: upload, recurrence: every(5) });
    advance(8 * 60);
    await runner.tick();
    runs[0]?.finish();
    await settle();
    await runner.tick();
    expect(runs).toHaveLength(1);
    expect(runner.snapshot().batchJobs[0]!.nextRunAt).toBe('2026-11-21T17:05:00.000Z');
  });

  it('keeps a paused job from running, and runs an overdue one once on resume', async () => {
    const { runner, runs, advance } = await runnerWith();
    const job = await runner.createBatchJob({ request: upload, recurrence: every(5) });
    await runner.setEnabled(job.id, false);
    advance(30);
    await runner.tick();
    expect(runs).toHaveLength(0);
    await runner.setEnabled(job.id, true);
    await runner.tick();
    await runner.tick();
    expect(runs).toHaveLength(1);
  });

  it('persists schedules, batch jobs and distribution groups across a restart', async () => {
    const { runner, stored, deps } = await runnerWith();
    await runner.createBatchJob({ request: { jobId: 'synchronize-orders', scope: { kind: 'region', id: 'EAST' } }, recurrence: every(20, 3) });
    await runner.setDistributionGroups('P-0001', ['STORES']);
    const restarted = await JobRunner.create({ ...deps, storage: { load: async () => stored(), save: async () => undefined } });
    expect(restarted.snapshot()).toEqual(runner.snapshot());
    expect(restarted.snapshot().distribution.find((d) => d.jobId === 'P-0001')!.channelDatabaseGroupIds).toEqual(['STORES']);
  });

  it('starts from the default distribution schedule when the saved state is unreadable', async () => {
    const { runner } = await runnerWith({ version: 1, batchJobs: 'garbage' });
    expect(runner.snapshot().distribution.map((d) => d.jobId)).toEqual(['P-0001', '1010', '1070', '1110']);
    expect(runner.snapshot().batchJobs).toEqual([]);
  });

  it('refuses an invalid recurrence and keeps nothing of it', async () => {
    const { runner } = await runnerWith();
    await expect(runner.createBatchJob({ request: upload, recurrence: every(0) })).rejects.toThrow();
    expect(runner.snapshot().batchJobs).toEqual([]);
  });

  it('records why a batch job run could not be carried out in words: the window\'s own words, never a raw error', async () => {
    const fake = fakeRunnerDeps();
    const failures = [new UserFacingError('The window carrying out the run was reloaded before it ended.'), new TypeError("Cannot read properties of undefined (reading 'x')")];
    const runner = await JobRunner.create({ ...fake.deps, dispatch: () => Promise.reject(failures.shift()) });
    const job = await runner.createBatchJob({ request: upload, recurrence: every(10) });
    await runner.runBatchJobNow(job.id);
    expect(runner.snapshot().batchJobs[0]!.lastRun).toMatchObject({ status: 'Error', error: 'The window carrying out the run was reloaded before it ended.' });
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await runner.runBatchJobNow(job.id);
    logged.mockRestore();
    expect(runner.snapshot().batchJobs[0]!.lastRun!.error).toMatch(/^An unexpected problem stopped running batch job batch-1; nothing was half-saved/);
  });

  it('Run now on a batch job neither counts towards End after N nor moves its next run', async () => {
    const { runner, runs } = await runnerWith();
    const job = await runner.createBatchJob({ request: upload, recurrence: every(10, 1) });
    const done = runner.runBatchJobNow(job.id);
    runs[0]!.finish({ status: 'Error', error: 'Channel database offline' });
    await done;
    expect(runner.snapshot().batchJobs[0]).toMatchObject({ runsStarted: 0, nextRunAt: job.nextRunAt, lastRun: { status: 'Error', error: 'Channel database offline' } });
  });

  it('deletes a batch job', async () => {
    const { runner } = await runnerWith();
    const job = await runner.createBatchJob({ request: upload, recurrence: every(10) });
    await runner.deleteBatchJob(job.id);
    expect(runner.snapshot().batchJobs).toEqual([]);
    await expect(runner.deleteBatchJob(job.id)).rejects.toThrow(/does not exist/);
  });
});
