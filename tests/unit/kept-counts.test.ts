import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HqDatabase } from '../../shared/db/hq-database';
import { COUNTED_GROUPS } from '../../shared/db/counted-groups';
import { countsOf, recount, sumCounts } from '../../shared/db/kept-counts';
import type { JobRun, JobRunStatus } from '../../shared/runner/job-runs';
import type { JobId } from '../../shared/runner/jobs';
import { memoryDatabase, seededDatabase } from '../support/memory-database';
import { uploadAndSynchronize } from '../support/fixes';

/** The kept counts of a table, as a sorted list of "group: count" (zero groups left out). */
async function kept(db: HqDatabase, table: string): Promise<string[]> {
  return (await countsOf(db, table)).filter((c) => c.count !== 0).map((c) => `${c.group.join('/')}: ${c.count}`).sort();
}

/** The same, counted from every row. */
async function counted(db: HqDatabase, table: string): Promise<string[]> {
  return (await recount(db.table(table), table, COUNTED_GROUPS.get(table)!)).map((c) => `${c.group.join('/')}: ${c.count}`).sort();
}

const run = (id: number, jobId: JobId, status: JobRunStatus): JobRun => ({
  id, jobId, status, scopeLabel: 'All', trigger: 'manual', batchJobId: null, startedAt: '2026-11-23T10:00:00Z', endedAt: null,
  total: null, error: null, processed: 0, succeeded: 0, failed: 0, skipped: 0,
});

const JOB_IDS: JobId[] = ['P-0001', '1010', 'synchronize-orders'];
const STATUSES: JobRunStatus[] = ['Waiting', 'Executing', 'Ended', 'Error'];
const anyRun = fc.record({ id: fc.integer({ min: 1, max: 12 }), jobId: fc.constantFrom(...JOB_IDS), status: fc.constantFrom(...STATUSES) });

/** Every way the app writes: add, bulkAdd with duplicates, put, bulkPut naming a key twice, update, modify, delete, clear, read-change-write. */
const anyWrite = fc.oneof(
  fc.record({ kind: fc.constant('bulkAdd' as const), rows: fc.array(anyRun, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('bulkPut' as const), rows: fc.array(anyRun, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('update' as const), id: fc.integer({ min: 1, max: 12 }), status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('modify' as const), from: fc.constantFrom(...STATUSES), to: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('bulkDelete' as const), ids: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }) }),
  fc.record({ kind: fc.constant('deleteWhere' as const), jobId: fc.constantFrom(...JOB_IDS) }),
  fc.record({ kind: fc.constant('clear' as const) }),
  // What the engine does: read rows, change them in place, write them back, in one transaction.
  fc.record({ kind: fc.constant('readChangePut' as const), ids: fc.array(fc.integer({ min: 1, max: 12 }), { maxLength: 3 }), status: fc.constantFrom(...STATUSES) }),
);
type Write = typeof anyWrite extends fc.Arbitrary<infer W> ? W : never;

async function apply(db: HqDatabase, write: Write): Promise<void> {
  switch (write.kind) {
    case 'bulkAdd':
      // Inside a transaction that catches the duplicates' error, so the rows that went in stay.
      return db.transaction('rw', db.jobRuns, async () => {
        await db.jobRuns.bulkAdd(write.rows.map((r) => run(r.id, r.jobId, r.status))).catch(() => undefined);
      });
    case 'bulkPut':
      return void (await db.jobRuns.bulkPut(write.rows.map((r) => run(r.id, r.jobId, r.status))));
    case 'update':
      return void (await db.jobRuns.update(write.id, { status: write.status }));
    case 'modify':
      return void (await db.jobRuns.where('status').equals(write.from).modify({ status: write.to }));
    case 'bulkDelete':
      return db.jobRuns.bulkDelete(write.ids);
    case 'deleteWhere':
      return void (await db.jobRuns.where('jobId').equals(write.jobId).delete());
    case 'clear':
      return db.jobRuns.clear();
    case 'readChangePut':
      return db.transaction('rw', db.jobRuns, async () => {
        const rows = (await db.jobRuns.bulkGet(write.ids)).filter((r) => r !== undefined);
        for (const row of rows) row.status = write.status;
        await db.jobRuns.bulkPut(rows);
      });
  }
}

describe('kept counts', () => {
  it('stay equal to a count of the rows after any sequence of writes', async () => {
    await fc.assert(fc.asyncProperty(fc.array(anyWrite, { maxLength: 12 }), async (writes) => {
      const db = memoryDatabase();
      for (const write of writes) await apply(db, write);
      expect(await kept(db, 'jobRuns')).toEqual(await counted(db, 'jobRuns'));
      db.close();
    }), { numRuns: 60 });
  });

  it('follow the order statuses through an upload and a synchronization, per channel, store and status', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    expect(await kept(db, 'RetailTransactionOrderStatus')).toEqual(await counted(db, 'RetailTransactionOrderStatus'));
    const counts = await countsOf(db, 'RetailTransactionOrderStatus');
    const failedOnline = await db.RetailTransactionOrderStatus.filter((s) => s.channelKind === 'online' && s.Status === 'Failed').count();
    expect(failedOnline).toBeGreaterThan(0);
    expect(sumCounts(counts, ['online', null, 'Failed'])).toBe(failedOnline);
  });

  it('are computed by the upgrade for a database written before them, with the runs\' search words', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('before-counts', { indexedDB, IDBKeyRange });
    old.version(4).stores({ jobRuns: '++id, jobId, status, startedAt' });
    await old.table('jobRuns').bulkAdd([run(1, '1010', 'Ended'), run(2, '1010', 'Error'), run(3, 'P-0001', 'Ended')]);
    old.close();
    const db = new HqDatabase('before-counts', { indexedDB, IDBKeyRange });
    await db.open();
    expect(await kept(db, 'jobRuns')).toEqual(['1010/Ended: 1', '1010/Error: 1', 'P-0001/Ended: 1']);
    // Their search words too, so Run history's search finds runs written before it.
    expect(await db.jobRuns.where('searchWords').startsWith('custom').primaryKeys()).toEqual([1, 2]);
  });
});
