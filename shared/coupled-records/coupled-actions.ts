import type { HqDatabase } from '../db/hq-database';
import type { Coupling } from './coupled-records';
import { emptyCounts, type RunCounts } from '../runner/job-runs';
import { allFrom, coupledTables, failed, synchronized, writeChosenValues } from './coupled-sync';
import { countsMessage, SynchJobSet } from '../coupled-records/synch-job-set';
import { newCoupling, uncouple } from '../coupled-records/recreate-and-couple';
import { synchLogMessages } from '../coupled-records/synch-log-messages';
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

/** Runs a person's action in place, in one transaction: its jobs (an Uncoupling job, a Coupling job, a Synchronization job) land in the Synchronization log. */
async function manualJob(db: HqDatabase, action: string, user: string, now: () => Date, work: (jobs: SynchJobSet, at: string) => Promise<void>): Promise<void> {
  const at = () => now().toISOString();
  await db.transaction('rw', coupledTables(db), async () => {
    const jobs = new SynchJobSet(db, { runId: null, action, by: user }, at);
    await work(jobs, at());
    await jobs.finish(countsMessage(action));
  });
}

/** The manual actions' names in the Synchronization log, as Business Central writes them (the UI translates them by these keys). */
export const MANUAL_ACTIONS = { removeCoupling: 'Remove coupling', restoreRecords: 'Restore records', deleteRecords: 'Delete records', setUpCoupling: 'Set up coupling' } as const;
export const SYNCHRONIZE_DIRECTIONS = { send: 'Send data update', get: 'Get data update', merge: 'Merge data' } as const;
export const synchronizeAction = (direction: string) => `Synchronize (${direction})`;

/** Remove coupling: the two records no longer synchronize; both stay as they are. An Uncoupling job says who did it. */
export async function removeCouplings(db: HqDatabase, ids: readonly number[], user: string, now: () => Date): Promise<RunCounts> {
  let removed = 0;
  await manualJob(db, MANUAL_ACTIONS.removeCoupling, user, now, async (jobs) => {
    for (const { coupling } of await sidesOf(db, ids)) {
      await uncouple(db, coupling, jobs, synchLogMessages.removedByHand());
      removed += 1;
    }
  });
  return outcome(ids.length, removed);
}

/**
 * Delete records: deletes the surviving record and the coupling (CRMSynchConflictBuffer.Table.al,
 * DeleteCoupledRecord), in an Uncoupling job that also counts the record deleted.
 */
export async function deleteCoupledRecords(db: HqDatabase, ids: readonly number[], user: string, now: () => Date): Promise<RunCounts> {
  let deleted = 0;
  await manualJob(db, MANUAL_ACTIONS.deleteRecords, user, now, async (jobs) => {
    for (const side of await sidesOf(db, ids)) {
      const { coupling } = side;
      const job = await jobs.uncoupling();
      if (side.recordExists === side.coupledRecordExists) {
        job.record(coupling, 'skipped', synchLogMessages.notDeleted());
        continue;
      }
      if (side.recordExists) await db.customers.delete(coupling.integrationId);
      else await db.crmAccounts.delete(coupling.crmId);
      await uncouple(db, coupling, jobs, side.recordExists ? synchLogMessages.deletedCustomer() : synchLogMessages.deletedAccount());
      job.counts.deleted += 1;
      deleted += 1;
    }
  });
  return outcome(ids.length, deleted);
}

/** Set up coupling's Sync Action (Coupling Record Buffer: Do Not Synchronize, To Integration Table, From Integration Table). */
export type CouplingSyncAction = 'none' | 'send' | 'get';

/**
 * Set up coupling: couples an HQ customer to a CRM account no other customer is coupled to, in a
 * Coupling job, and then, as the person chose, does not synchronize them, sends or gets. The
 * customer's coupling to another account is removed first, in an Uncoupling job (BC's
 * CoupleRecordIdToCRMID replaces the CRM ID and clears what the old one's synchronizations left).
 */
export async function setUpCoupling(db: HqDatabase, integrationId: string, crmId: string, syncAction: CouplingSyncAction, user: string, now: () => Date): Promise<RunCounts> {
  await manualJob(db, MANUAL_ACTIONS.setUpCoupling, user, now, async (jobs, at) => {
    const [customer, account, taken, old] = await Promise.all([
      db.customers.get(integrationId), db.crmAccounts.get(crmId), db.crmCouplings.where('crmId').equals(crmId).first(), db.crmCouplings.where('integrationId').equals(integrationId).first(),
    ]);
    if (!customer) throw new UserFacingError(`Customer ${integrationId} does not exist: a coupling needs the customer.`);
    if (!account) throw new UserFacingError('That CRM account does not exist any more: choose another.');
    if (taken && taken.integrationId !== integrationId) throw new UserFacingError(`CRM account ${account.name} is already coupled to customer ${taken.integrationId}. Remove that coupling first.`);
    let coupling = old;
    if (!coupling || coupling.crmId !== crmId) {
      if (coupling) await uncouple(db, coupling, jobs, synchLogMessages.couplingReplaced((await db.crmAccounts.get(coupling.crmId))?.name ?? coupling.crmId));
      const made = newCoupling(integrationId, crmId);
      coupling = { ...made, id: Number(await db.crmCouplings.add(made)) };
      (await jobs.coupling()).record(coupling, 'coupled', synchLogMessages.coupledTo(account.name));
    }
    if (syncAction === 'none') return;
    const send = syncAction === 'send';
    const job = await jobs.synchronization(send ? 'ToIntegrationTable' : 'FromIntegrationTable');
    const written = await writeChosenValues(db, customer, account, allFrom(send ? 'hq' : 'crm'), at);
    await db.crmCouplings.put(synchronized(coupling, written.customer, written.account, send ? { crm: job.synchJobId } : { hq: job.synchJobId }));
    job.record(coupling, written.changed ? 'modified' : 'unchanged', send ? synchLogMessages.sentByHand() : synchLogMessages.gotByHand());
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
        const deletedSide = side.recordExists ? 'crm' : 'hq';
        await db.crmCouplings.put(failed(side.coupling, deletedMessage(side.coupling, deletedSide), deletedSide, null, ctx.now().toISOString()));
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
