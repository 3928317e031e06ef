import { describe, expect, it } from 'vitest';
import { queryRunHistoryPage } from '../../shared/run-history/run-history-page';
import { HqEngine } from '../../shared/engine/hq-engine';
import { seededDatabase, steppingClock } from '../support/memory-database';

async function history() {
  const db = await seededDatabase();
  const engine = new HqEngine(db, steppingClock());
  const run = (job: Parameters<HqEngine['execute']>[0]) => engine.execute(job);
  await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: false });
  for (let i = 0; i < 3; i++) {
    await run({ type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: null }, trigger: 'schedule', batchJobId: null });
    await run({ type: 'runJob', job: { jobId: '1010', channelDatabaseGroupIds: ['ONLINE'] }, trigger: 'manual', batchJobId: null });
  }
  return db;
}

describe('run history page', () => {
  it('pages all runs newest first', async () => {
    const db = await history();
    const first = await queryRunHistoryPage(db, { jobId: 'all', status: 'all', search: '' }, { page: 0, pageSize: 4, descending: true });
    expect(first.total).toBe(6);
    expect(first.rows.map((r) => r.id)).toEqual([6, 5, 4, 3]);
    expect((await queryRunHistoryPage(db, { jobId: 'all', status: 'all', search: '' }, { page: 1, pageSize: 4, descending: true })).rows.map((r) => r.id)).toEqual([2, 1]);
  });

  it('filters by job, by status, by both, and searches the error text', async () => {
    const db = await history();
    const page = (filter: Partial<Parameters<typeof queryRunHistoryPage>[1]>) =>
      queryRunHistoryPage(db, { jobId: 'all', status: 'all', search: '', ...filter }, { page: 0, pageSize: 25, descending: true });
    expect((await page({ jobId: '1010' })).rows.map((r) => r.id)).toEqual([6, 4, 2]);
    expect((await page({ status: 'Error' })).rows.every((r) => r.jobId === 'P-0001')).toBe(true);
    expect((await page({ jobId: '1010', status: 'Error' })).total).toBe(0);
    expect((await page({ search: 'seattle channel database is OFFLINE' })).total).toBe(3);
    expect((await page({ search: 'customers' })).rows.map((r) => r.jobId)).toEqual(['1010', '1010', '1010']);
  });

  it('keeps the runs started from a moment on (the workspace\'s runs in error today), with the other filters and the search', async () => {
    const db = await history();
    const page = (filter: Partial<Parameters<typeof queryRunHistoryPage>[1]>) =>
      queryRunHistoryPage(db, { jobId: 'all', status: 'all', search: '', ...filter }, { page: 0, pageSize: 25, descending: true });
    const startedFrom = (await db.jobRuns.get(3))!.startedAt;
    expect((await page({ startedFrom })).rows.map((r) => r.id)).toEqual([6, 5, 4, 3]);
    expect(await page({ startedFrom, status: 'Error' })).toMatchObject({ total: 2, rows: [{ id: 5 }, { id: 3 }] });
    expect((await page({ startedFrom, search: 'customers' })).rows.map((r) => r.id)).toEqual([6, 4]);
    expect((await page({ startedFrom: '2999-01-01T00:00:00.000Z' })).total).toBe(0);
    expect((await queryRunHistoryPage(db, { jobId: 'all', status: 'all', search: '', startedFrom }, { page: 1, pageSize: 3, descending: false })).rows.map((r) => r.id)).toEqual([6]);
  });

  it('finds runs by words their job, scope or error start with, by number, with the other filters, and follows a run\'s error as it is written', async () => {
    const db = await history();
    const page = async (filter: Partial<Parameters<typeof queryRunHistoryPage>[1]>) =>
      (await queryRunHistoryPage(db, { jobId: 'all', status: 'all', search: '', ...filter }, { page: 0, pageSize: 25, descending: true })).rows.map((r) => r.id);
    expect(await page({ search: 'SEAT off' })).toEqual([5, 3, 1]);
    expect(await page({ search: 'seat', jobId: '1010' })).toEqual([]);
    expect(await page({ search: 'eattle' })).toEqual([]); // words from their start
    expect(await page({ search: '4' })).toEqual([4]);
    await db.jobRuns.update(6, { status: 'Error', error: 'Stockholm could not be reached.' });
    expect(await page({ search: 'stockholm', status: 'Error' })).toEqual([6]);
    expect((await queryRunHistoryPage(db, { jobId: 'all', status: 'all', search: 'seattle' }, { page: 0, pageSize: 2, descending: false })).rows.map((r) => r.id)).toEqual([1, 3]);
  });
});
