import type { HqDatabase } from '../db/hq-database';
import type { Coupling, SynchDirection } from './coupled-records';
import { emptyCounts, type RunCounts } from '../runner/job-runs';
import {
  allFrom, coupledTables, describeCounts, failed, restoreMissingSide, synchronized, SynchJobRecorder, writeChosenValues, type FieldChoices,
} from './coupled-sync';
import { deletedMessage } from './integration-synchronization-job';
import type { RunContext } from '../runner/run-progress';
import { UserFacingError } from '../platform/user-facing-error';

/**
 * The actions of Coupled data synchronization errors. Each is one IndexedDB transaction, and
 * each checks its rule again on the records as they are now (the page may be a moment old): a
 * row the rule does not allow is counted as skipped and left as it was.
 */

interface Side {
  coupling: Coupling;
  recordExists: boolean;
  coupledRecordExists: boolean;
}

async function sidesOf(db: HqDatabase, ids: readonly number[]): Promise<Side[]> {
  const couplings = (await db.crmCouplings.bulkGet([...ids])).filter((c): c is Coupling => c !== undefined);
  const [customers, accounts] = await Promise.all([
    db.customers.bulkGet(couplings.map((c) => c.integrationId)), db.crmAccounts.bulkGet(couplings.map((c) => c.crmId)),
  ]);
  return couplings.map((coupling, i) => ({ coupling, recordExists: customers[i] !== undefined, coupledRecordExists: accounts[i] !== undefined }));
}

const outcome = (processed: number, succeeded: number, failedCount = 0): RunCounts =>
  ({ processed, succeeded, failed: failedCount, skipped: processed - succeeded - failedCount });

/** Retry: the next synchronization includes the couplings whose two records exist. */
export function retryCouplings(db: HqDatabase, ids: readonly number[]): Promise<RunCounts> {
  return db.transaction('rw', db.crmCouplings, db.customers, db.crmAccounts, async () => {
    const retried = (await sidesOf(db, ids)).filter((s) => s.recordExists && s.coupledRecordExists).map((s) => s.coupling.id!);
    await db.crmCouplings.where('id').anyOf(retried).modify({ skipped: 0 });
    return outcome(ids.length, retried.length);
  });
}

/** Retry all: every skipped coupling is included in the next synchronization. */
export async function retryAllCouplings(db: HqDatabase): Promise<RunCounts> {
  const retried = await db.crmCouplings.where('skipped').equals(1).modify({ skipped: 0 });
  return outcome(retried, retried);
}

/** Runs an action as a manual synchronization job: its log entries and totals land in the Synchronization log. */
async function manualJob(db: HqDatabase, action: string, direction: SynchDirection, now: () => Date, work: (job: SynchJobRecorder, at: string) => Promise<void>): Promise<SynchJobRecorder> {
  const at = () => now().toISOString();
  return db.transaction('rw', coupledTables(db), async () => {
    const job = await SynchJobRecorder.start(db, { runId: null, type: 'Manual', action, direction, startedAt: at() }, at);
    await work(job, at());
    await job.finish(db, `${action}: ${describeCounts(job.counts)}.`);
    return job;
  });
}

export type SynchronizeChoice = { direction: 'send' | 'get' } | { direction: 'merge'; choices: FieldChoices };

/** The manual actions' names in the Synchronization log, as Business Central writes them (the UI translates them by these keys). */
export const MANUAL_ACTIONS = { removeCoupling: 'Remove coupling', restoreRecords: 'Restore records', deleteRecords: 'Delete records', setUpCoupling: 'Set up coupling' } as const;
export const SYNCHRONIZE_DIRECTIONS = { send: 'Send data update', get: 'Get data update', merge: 'Merge data' } as const;
export const synchronizeAction = (direction: string) => `Synchronize (${direction})`;

/**
 * Synchronize: un-skip and synchronize now, in the direction the person chose: Send data update
 * (HQ → CRM), Get data update (CRM → HQ), or for one record Merge data, field by field.
 */
export async function synchronizeCouplings(db: HqDatabase, ids: readonly number[], choice: SynchronizeChoice, now: () => Date): Promise<RunCounts> {
  if (choice.direction === 'merge' && ids.length !== 1) throw new UserFacingError('Merge data is for one record at a time: choose Send data update or Get data update for several.');
  const direction: SynchDirection = choice.direction === 'send' ? 'ToIntegrationTable' : choice.direction === 'get' ? 'FromIntegrationTable' : 'Bidirectional';
  const label = SYNCHRONIZE_DIRECTIONS[choice.direction];
  const choices = choice.direction === 'merge' ? choice.choices : allFrom(choice.direction === 'send' ? 'hq' : 'crm');
  let done = 0;
  await manualJob(db, synchronizeAction(label), direction, now, async (job, at) => {
    for (const { coupling } of (await sidesOf(db, ids))) {
      const [customer, account] = await Promise.all([db.customers.get(coupling.integrationId), db.crmAccounts.get(coupling.crmId)]);
      if (!customer || !account) {
        job.record(coupling, 'skipped', 'Not synchronized: one of the coupled records was deleted. Use Restore records or Delete records.');
        continue;
      }
      const written = await writeChosenValues(db, customer, account, choices, at);
      await db.crmCouplings.put(synchronized(coupling, written.customer, written.account, job.synchJobId));
      job.record(coupling, written.changed ? 'modified' : 'unchanged', `Synchronized by hand: ${label}.`);
      done += 1;
    }
  });
  return outcome(ids.length, done);
}

/** Remove coupling: the two records no longer synchronize; both stay as they are. */
export async function removeCouplings(db: HqDatabase, ids: readonly number[], now: () => Date): Promise<RunCounts> {
  let removed = 0;
  await manualJob(db, MANUAL_ACTIONS.removeCoupling, 'Bidirectional', now, async (job) => {
    for (const { coupling } of await sidesOf(db, ids)) {
      await db.crmCouplings.delete(coupling.id!);
      job.record(coupling, 'deleted', 'Coupling removed: the records no longer synchronize. Both records were kept.');
      removed += 1;
    }
  });
  return outcome(ids.length, removed);
}

/** Restore records: recreates the deleted side from the surviving record and synchronizes the coupling again. */
export async function restoreCoupledRecords(db: HqDatabase, ids: readonly number[], now: () => Date): Promise<RunCounts> {
  let restored = 0;
  await manualJob(db, MANUAL_ACTIONS.restoreRecords, 'Bidirectional', now, async (job, at) => {
    for (const side of await sidesOf(db, ids)) {
      if (side.recordExists === side.coupledRecordExists) {
        job.record(side.coupling, 'skipped', 'Not restored: Restore records is for a coupling with exactly one record deleted.');
        continue;
      }
      const { coupling } = side;
      const [customer, account] = await Promise.all([db.customers.get(coupling.integrationId), db.crmAccounts.get(coupling.crmId)]);
      const back = await restoreMissingSide(db, coupling, customer, account, at);
      await db.crmCouplings.put(synchronized(coupling, back.customer, back.account, job.synchJobId));
      job.record({ ...coupling, crmId: back.account.accountid }, 'inserted', back.restored === 'crm'
        ? 'Restored: the CRM account was recreated from the customer.' : 'Restored: the customer was recreated from the CRM account.',
      back.restored === 'crm' ? 'ToIntegrationTable' : 'FromIntegrationTable');
      restored += 1;
    }
  });
  return outcome(ids.length, restored);
}

/** Delete records: deletes the surviving record and the coupling. */
export async function deleteCoupledRecords(db: HqDatabase, ids: readonly number[], now: () => Date): Promise<RunCounts> {
  let deleted = 0;
  await manualJob(db, MANUAL_ACTIONS.deleteRecords, 'Bidirectional', now, async (job) => {
    for (const side of await sidesOf(db, ids)) {
      const { coupling } = side;
      if (side.recordExists === side.coupledRecordExists) {
        job.record(coupling, 'skipped', 'Not deleted: Delete records is for a coupling with exactly one record deleted.');
        continue;
      }
      if (side.recordExists) await db.customers.delete(coupling.integrationId);
      else await db.crmAccounts.delete(coupling.crmId);
      await db.crmCouplings.delete(coupling.id!);
      job.record(coupling, 'deleted', side.recordExists ? 'Deleted: the customer, whose CRM account was deleted, and the coupling.' : 'Deleted: the CRM account, whose customer was deleted, and the coupling.');
      deleted += 1;
    }
  });
  return outcome(ids.length, deleted);
}

/**
 * Set up coupling: couples an HQ customer to another CRM account (one not coupled yet) and
 * synchronizes them at once in the direction chosen. The customer's old coupling is replaced.
 */
export async function setUpCoupling(db: HqDatabase, integrationId: string, crmId: string, direction: 'send' | 'get', now: () => Date): Promise<RunCounts> {
  await manualJob(db, MANUAL_ACTIONS.setUpCoupling, direction === 'send' ? 'ToIntegrationTable' : 'FromIntegrationTable', now, async (job, at) => {
    const [customer, account, taken, old] = await Promise.all([
      db.customers.get(integrationId), db.crmAccounts.get(crmId), db.crmCouplings.where('crmId').equals(crmId).first(), db.crmCouplings.where('integrationId').equals(integrationId).first(),
    ]);
    if (!customer) throw new UserFacingError(`Customer ${integrationId} does not exist: a coupling needs the customer.`);
    if (!account) throw new UserFacingError('That CRM account does not exist any more: choose another.');
    if (taken && taken.integrationId !== integrationId) throw new UserFacingError(`CRM account ${account.name} is already coupled to customer ${taken.integrationId}. Remove that coupling first.`);
    const base: Coupling = old ?? {
      tableName: 'Customer', integrationId, crmId, lastSynchModifiedOn: null, lastSynchCrmModifiedOn: null, lastSynchResult: null, lastSynchJobId: null, skipped: 0, errorMessage: null, failedOn: null,
    };
    const written = await writeChosenValues(db, customer, account, allFrom(direction === 'send' ? 'hq' : 'crm'), at);
    await db.crmCouplings.put(synchronized({ ...base, crmId }, written.customer, written.account, job.synchJobId));
    job.record({ integrationId, crmId }, written.changed ? 'modified' : 'unchanged', `Coupled to CRM account ${account.name} and synchronized (${direction === 'send' ? 'Send data update' : 'Get data update'}).`);
  });
  return outcome(1, 1);
}

const FIND_CHUNK = 200;

/**
 * Find for deleted: every coupling whose HQ record or CRM record is gone is marked failed and
 * skipped, so it reaches the page with its reason. A chunk per transaction; cancelable between chunks.
 */
export async function findCouplingsForDeleted(db: HqDatabase, ctx: RunContext): Promise<RunCounts> {
  const ids = (await db.crmCouplings.toCollection().primaryKeys()) as number[];
  const counts = emptyCounts();
  ctx.onProgress?.(counts, ids.length);
  for (let start = 0; start < ids.length; start += FIND_CHUNK) {
    ctx.signal?.throwIfAborted();
    await db.transaction('rw', db.crmCouplings, db.customers, db.crmAccounts, async () => {
      for (const side of await sidesOf(db, ids.slice(start, start + FIND_CHUNK))) {
        counts.processed += 1;
        const broken = side.recordExists !== side.coupledRecordExists;
        if (!broken || side.coupling.skipped) continue;
        await db.crmCouplings.put(failed(side.coupling, deletedMessage(side.coupling, side.recordExists ? 'crm' : 'hq'), null, ctx.now().toISOString()));
        counts.failed += 1;
      }
    });
    ctx.onProgress?.(counts, ids.length);
  }
  counts.succeeded = counts.processed - counts.failed;
  return counts;
}

const DAY_MS = 86_400_000;

/** Integration synchronization job errors: delete those older than some days, or all. */
export function deleteSynchJobErrors(db: HqDatabase, olderThanDays: number | null, now: Date): Promise<number> {
  if (olderThanDays === null) return db.integrationSynchJobErrors.toCollection().delete();
  return db.integrationSynchJobErrors.where('at').below(new Date(now.getTime() - olderThanDays * DAY_MS).toISOString()).delete();
}
