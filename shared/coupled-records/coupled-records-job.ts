import type { HqDatabase } from '../db/hq-database';
import type { Coupling } from './coupled-records';
import { emptyCounts } from '../runner/job-runs';
import { MANUAL_ACTIONS, SYNCHRONIZE_DIRECTIONS, synchronizeAction } from './coupled-actions';
import { allFrom, failed, fieldList, synchronized, writeChosenValues } from './coupled-sync';
import { couplingErrors } from './coupling-errors';
import type { JobOutcome } from '../runner/run-outcome';
import type { RunContext } from '../runner/run-progress';
import type { CoupledRecordsRequest, SynchronizeChoice } from './coupled-records-request';
import { inCouplingChunks } from './coupling-chunks';
import { MAPPING_NOT_ENABLED, mappingNotEnabled } from './mapping-not-enabled';
import { recreateAndCouple } from './recreate-and-couple';
import { countsMessage, SynchJobSet } from './synch-job-set';
import { synchLogMessages } from './synch-log-messages';
import { synchronizeOffer } from './synchronize-offer';

/** What the job did with one coupling: the run's succeeded, skipped or failed. */
type Outcome = { kind: 'succeeded' | 'skipped' } | { kind: 'failed'; problem: string };
const succeeded: Outcome = { kind: 'succeeded' };
const skipped: Outcome = { kind: 'skipped' };
const failedWith = (problem: string | null): Outcome => (problem ? { kind: 'failed', problem } : succeeded);

/**
 * Synchronize one coupling in the direction a person chose, un-skipping it (the page's Synchronize
 * first restores the skipped couplings: UpdateSkippedNow). Send writes to the CRM in the job to it,
 * Get to this app in the job from it; Merge runs both, and meets a conflict where a field changed
 * on both sides, as BC's bidirectional job would: Merge was not to be offered for it.
 */
async function synchronizeOne(db: HqDatabase, coupling: Coupling, choice: SynchronizeChoice, jobs: SynchJobSet, at: string): Promise<Outcome> {
  const [customer, account] = await Promise.all([db.customers.get(coupling.integrationId), db.crmAccounts.get(coupling.crmId)]);
  const to = () => jobs.synchronization('ToIntegrationTable');
  const from = () => jobs.synchronization('FromIntegrationTable');
  if (!customer || !account) {
    (await (choice.direction === 'get' ? from() : to())).record(coupling, 'skipped', synchLogMessages.notSynchronized());
    return skipped;
  }
  if (choice.direction !== 'merge') {
    const send = choice.direction === 'send';
    const job = await (send ? to() : from());
    const written = await writeChosenValues(db, customer, account, allFrom(send ? 'hq' : 'crm'), at);
    await db.crmCouplings.put(synchronized(coupling, written.customer, written.account, send ? { crm: job.synchJobId } : { hq: job.synchJobId }));
    job.record(coupling, written.changed ? 'modified' : 'unchanged', send ? synchLogMessages.sentByHand() : synchLogMessages.gotByHand());
    return succeeded;
  }
  const { conflictingFields } = synchronizeOffer(coupling, customer, account);
  if (conflictingFields.length) {
    const message = couplingErrors.changedInBoth(coupling.integrationId, fieldList(conflictingFields));
    const job = await to();
    await db.crmCouplings.put(failed(coupling, message, 'crm', job.synchJobId, at));
    job.record(coupling, 'failed', message);
    return failedWith(message);
  }
  const [jobTo, jobFrom] = [await to(), await from()];
  const written = await writeChosenValues(db, customer, account, choice.choices, at);
  await db.crmCouplings.put(synchronized(coupling, written.customer, written.account, { hq: jobFrom.synchJobId, crm: jobTo.synchJobId }));
  jobTo.record(coupling, written.account === account ? 'unchanged' : 'modified', synchLogMessages.merged());
  jobFrom.record(coupling, written.customer === customer ? 'unchanged' : 'modified', synchLogMessages.merged());
  return succeeded;
}

/** Restore records on one coupling: only one with exactly one record deleted (the page's rule, checked again). */
async function restoreOne(db: HqDatabase, coupling: Coupling, jobs: SynchJobSet, at: string): Promise<Outcome> {
  const [customer, account] = await Promise.all([db.customers.get(coupling.integrationId), db.crmAccounts.get(coupling.crmId)]);
  if (!customer === !account) {
    (await jobs.uncoupling()).record(coupling, 'skipped', synchLogMessages.notRestored());
    return skipped;
  }
  return failedWith(await recreateAndCouple(db, coupling, customer ? { customer } : { account: account! }, jobs, synchLogMessages.restoreUncoupled(), at));
}

/** How the run names what a person asked, in Run history and in its jobs. */
export function coupledRecordsAction(request: CoupledRecordsRequest): string {
  return request.action === 'synchronize' ? synchronizeAction(SYNCHRONIZE_DIRECTIONS[request.choice.direction]) : MANUAL_ACTIONS.restoreRecords;
}

/** What the run works on, as Run history shows it: "Synchronize (Send data update): 3 coupled records, by Ada". */
export function describeCoupledRecords(request: CoupledRecordsRequest): string {
  const count = request.couplingIds.length;
  return `${coupledRecordsAction(request)}: ${count} coupled record${count === 1 ? '' : 's'}, by ${request.user}`;
}

/**
 * An Integration synchronization run for the couplings a person chose (Synchronize, Restore
 * records), on the job runner like the scheduled one: a chunk per transaction, every coupling
 * checked again as it is now. Its counts are what Business Central's notification tells
 * (SendSyncNotification): the couplings it synchronized, the ones that failed, the ones it skipped.
 */
export async function runCoupledRecordsJob(db: HqDatabase, request: CoupledRecordsRequest, ctx: RunContext, runId: number | null): Promise<JobOutcome> {
  const at = () => ctx.now().toISOString();
  const action = coupledRecordsAction(request);
  const jobs = new SynchJobSet(db, { runId, action, by: request.user }, at);
  const ids = request.couplingIds;
  const counts = emptyCounts();
  const mapping = await db.integrationTableMappings.get('CUSTOMER');
  if (!mapping?.enabled) {
    const getting = request.action === 'synchronize' && request.choice.direction === 'get';
    await mappingNotEnabled(db, jobs, getting ? 'FromIntegrationTable' : 'ToIntegrationTable', at());
    return { counts: { ...counts, processed: ids.length, failed: ids.length }, error: MAPPING_NOT_ENABLED };
  }
  const problems: string[] = [];
  const one = (coupling: Coupling) => (request.action === 'synchronize' ? synchronizeOne(db, coupling, request.choice, jobs, at()) : restoreOne(db, coupling, jobs, at()));
  ctx.onProgress?.(counts, ids.length);
  await inCouplingChunks(db, ids, ctx, jobs, async (coupling) => {
    counts.processed += 1;
    // Removed since the person chose it.
    const outcome = coupling ? await one(coupling) : skipped;
    counts[outcome.kind] += 1;
    if (outcome.kind === 'failed') problems.push(outcome.problem);
  }, () => ctx.onProgress?.(counts, ids.length));
  await jobs.finish(countsMessage(action));
  return { counts, error: null, recordProblems: problems };
}
