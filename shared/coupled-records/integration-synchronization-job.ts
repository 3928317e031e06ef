import type { HqDatabase } from '../db/hq-database';
import { couplingState, type Coupling, type IntegrationTableMapping } from './coupled-records';
import { emptyCounts } from '../runner/job-runs';
import { JOBS } from '../runner/jobs';
import { allFrom, failed, fieldList, synchronized, writeChosenValues } from './coupled-sync';
import { countsMessage, SynchJobSet } from '../coupled-records/synch-job-set';
import { inCouplingChunks } from '../coupled-records/coupling-chunks';
import { recreateAndCouple, uncouple } from '../coupled-records/recreate-and-couple';
import { synchLogMessages } from '../coupled-records/synch-log-messages';
import { MAPPING_NOT_ENABLED, mappingNotEnabled } from '../coupled-records/mapping-not-enabled';
import { couplingErrors } from './coupling-errors';
import type { RunContext } from '../runner/run-progress';
import type { JobOutcome } from '../runner/run-outcome';

/** The job's name, what its Integration Synch. Jobs say started them. */
export const INTEGRATION_SYNCHRONIZATION = JOBS['integration-synchronization'].name;

export const conflictMessage = (coupling: Coupling, fields: string) => couplingErrors.changedInBoth(coupling.integrationId, fields);
export const deletedMessage = (coupling: Coupling, side: 'hq' | 'crm') =>
  (side === 'crm' ? couplingErrors.deletedInCrm : couplingErrors.deletedInHq)(coupling.integrationId);

/**
 * Synchronizes one coupling both ways by modification time, inside the chunk's transaction, in the
 * job of the direction it writes (Customer to Dataverse Account, or back). A conflict or a deletion
 * fails the coupling on the side the job was writing to (skipped from then on), unless the mapping
 * resolves it by itself: BC meets a conflict and a deletion in the CRM while sending, a deletion in
 * this app while getting (CRMIntegrationRecord.Table.al, SetLastSynchResultFailed).
 */
async function synchronizeCoupling(db: HqDatabase, coupling: Coupling, mapping: IntegrationTableMapping, jobs: SynchJobSet, at: string): Promise<string | null> {
  const [customer, account] = await Promise.all([db.customers.get(coupling.integrationId), db.crmAccounts.get(coupling.crmId)]);
  const state = couplingState(coupling, customer, account);
  const jobTo = async (side: 'hq' | 'crm') => jobs.synchronization(side === 'crm' ? 'ToIntegrationTable' : 'FromIntegrationTable');
  const fail = async (message: string, side: 'hq' | 'crm') => {
    const job = await jobTo(side);
    await db.crmCouplings.put(failed(coupling, message, side, job.synchJobId, at));
    job.record(coupling, 'failed', message);
    return message;
  };
  /** The winner's values go to the other side, in the job writing to it. */
  const copy = async (winner: 'hq' | 'crm', message: string) => {
    const written = await writeChosenValues(db, customer!, account!, allFrom(winner), at);
    const job = await jobTo(winner === 'hq' ? 'crm' : 'hq');
    await db.crmCouplings.put(synchronized(coupling, written.customer, written.account, winner === 'hq' ? { crm: job.synchJobId } : { hq: job.synchJobId }));
    job.record(coupling, 'modified', message);
    return null;
  };
  switch (state.kind) {
    case 'unchanged':
      // Both changed to the same values, or nothing changed: remember what was seen.
      if (customer!.modifiedAt !== coupling.lastSynchModifiedOn || account!.modifiedon !== coupling.lastSynchCrmModifiedOn) {
        await db.crmCouplings.put(synchronized(coupling, customer!, account!, {}));
      }
      (await jobTo('crm')).record(coupling, 'unchanged', '');
      return null;
    case 'bothDeleted':
      await uncouple(db, coupling, jobs, synchLogMessages.bothDeleted());
      return null;
    case 'conflict': {
      const resolution = mapping.updateConflictResolution;
      if (resolution === 'None') return fail(conflictMessage(coupling, fieldList(state.fields)), 'crm');
      return resolution === 'SendUpdate' ? copy('hq', synchLogMessages.conflictSent()) : copy('crm', synchLogMessages.conflictGot());
    }
    case 'send':
      return copy('hq', synchLogMessages.sent());
    case 'get':
      return copy('crm', synchLogMessages.got());
    case 'deletedInHq':
    case 'deletedInCrm': {
      const side = state.kind === 'deletedInCrm' ? 'crm' : 'hq';
      if (mapping.deletionConflictResolution === 'None') return fail(deletedMessage(coupling, side), side);
      if (mapping.deletionConflictResolution === 'RemoveCoupling') {
        await uncouple(db, coupling, jobs, synchLogMessages.deletionUncoupled());
        return null;
      }
      return recreateAndCouple(db, coupling, customer ? { customer } : { account: account! }, jobs, synchLogMessages.deletionRestoring(), at);
    }
  }
}

/**
 * The scheduled job Integration synchronization: every coupling not skipped, a chunk per
 * transaction. A disabled mapping is a setup error: listed with the job errors, the run ends in
 * Error, and no record is marked failed for it.
 */
export async function runIntegrationSynchronizationJob(db: HqDatabase, ctx: RunContext, runId: number | null): Promise<JobOutcome> {
  const at = () => ctx.now().toISOString();
  const mapping = await db.integrationTableMappings.get('CUSTOMER');
  const jobs = new SynchJobSet(db, { runId, action: INTEGRATION_SYNCHRONIZATION, by: null }, at);
  // A bidirectional mapping's run is two jobs, to the CRM and from it, whatever they meet.
  // (An async scope: Dexie follows native awaits only in one.)
  await db.transaction('rw', db.integrationSynchJobs, async () => { await jobs.open('ToIntegrationTable', 'FromIntegrationTable'); });
  if (!mapping?.enabled) {
    await mappingNotEnabled(db, jobs, 'ToIntegrationTable', at());
    return { counts: emptyCounts(), error: MAPPING_NOT_ENABLED };
  }
  const [ids, skipped] = await db.transaction('r', db.crmCouplings, () =>
    Promise.all([db.crmCouplings.where('skipped').equals(0).primaryKeys() as Promise<number[]>, db.crmCouplings.where('skipped').equals(1).count()]));
  const total = ids.length + skipped;
  const counts = { ...emptyCounts(), skipped, processed: skipped };
  const problems: string[] = [];
  (await jobs.synchronization('ToIntegrationTable')).counts.skipped = skipped;
  ctx.onProgress?.(counts, total);
  await inCouplingChunks(db, ids, ctx, jobs, async (coupling) => {
    // Acted on since the ids were read: removed, or failed by a person's action meanwhile.
    if (!coupling || coupling.skipped) return;
    const problem = await synchronizeCoupling(db, coupling, mapping, jobs, at());
    counts.processed += 1;
    if (problem) {
      counts.failed += 1;
      problems.push(problem);
    } else counts.succeeded += 1;
  }, () => ctx.onProgress?.(counts, total));
  await jobs.finish(countsMessage(INTEGRATION_SYNCHRONIZATION));
  return { counts, error: null, recordProblems: problems };
}
