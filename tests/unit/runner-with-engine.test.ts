import { describe, expect, it, vi } from 'vitest';
import { JobRunner } from '../../shared/runner/job-runner';
import { HqEngine } from '../../shared/engine/hq-engine';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { fakeRunnerDeps } from '../support/fake-runner-deps';

describe('the job runner dispatching to the HQ engine', () => {
  it('never runs two runs of one job at once: a second request waits in the history, then runs', async () => {
    const db = await seededDatabase();
    const engine = new HqEngine(db, steppingClock());
    const runner = await JobRunner.create({
      ...fakeRunnerDeps().deps,
      dispatch: (run) => engine.execute({ type: 'runJob', ...run }),
    });
    const online = runner.runNow({ jobId: 'P-0001', channelDatabaseGroupIds: ['ONLINE'] });
    const stores = runner.runNow({ jobId: 'P-0001', channelDatabaseGroupIds: ['STORES'] });
    // Both requests reach the history within a few ticks (later under load): the first runs, the second waits.
    await vi.waitFor(async () => expect((await db.jobRuns.toArray()).map((r) => r.status)).toEqual(['Executing', 'Waiting']), { interval: 2 });

    const [first, second] = await Promise.all([online, stores]);
    expect([first.status, second.status]).toEqual(['Ended', 'Ended']);
    const [a, b] = await db.jobRuns.toArray();
    expect(b!.startedAt >= a!.endedAt!).toBe(true);
    expect(await db.RetailTransactionTable.count()).toBe(await db.channelTransactionRecords.count());
  });
});
