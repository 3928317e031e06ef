import type { HqDatabase } from '../db/hq-database';
import { couplingState, type Coupling, type IntegrationTableMapping } from '../domain/coupled-records';
import { emptyCounts } from '../domain/job-runs';
import {
  allFrom, coupledTables, describeCounts, failed, fieldList, restoreMissingSide, synchronized, SynchJobRecorder, writeChosenValues,
} from './coupled-sync';
import { couplingErrors } from './coupling-errors';
import type { JobOutcome } from './record-job-run';
import type { RunContext } from './run-progress';

/** Couplings per IndexedDB transaction: a person's action waits for at most one chunk. */
export const COUPLING_CHUNK = 100;

export const conflictMessage = (coupling: Coupling, fields: string) => couplingErrors.changedInBoth(coupling.integrationId, fields);
export const deletedMessage = (coupling: Coupling, side: 'hq' | 'crm') =>
  (side === 'crm' ? couplingErrors.deletedInCrm : couplingErrors.deletedInHq)(coupling.integrationId);

/**
 * Synchronizes one coupling both ways by modification time, inside the chunk's transaction. A
 * conflict or a deletion fails the coupling (skipped from then on) unless the mapping resolves
 * it by itself.
 */
async function synchronizeCoupling(db: HqDatabase, coupling: Coupling, mapping: IntegrationTableMapping, job: SynchJobRecorder, at: string): Promise<string | null> {
  const [customer, account] = await Promise.all([db.customers.get(coupling.integrationId), db.crmAccounts.get(coupling.crmId)]);
  const state = couplingState(coupling, customer, account);
  const fail = async (message: string) => {
    await db.crmCouplings.put(failed(coupling, message, job.synchJobId, at));
    job.record(coupling, 'failed', message);
    return message;
  };
  switch (state.kind) {
    case 'unchanged':
      // Both changed to the same values, or nothing changed: remember what was seen.
      if (customer!.modifiedAt !== coupling.lastSynchModifiedOn || account!.modifiedon !== coupling.lastSynchCrmModifiedOn) {
        await db.crmCouplings.put(synchronized(coupling, customer!, account!, job.synchJobId));
      }
      job.record(coupling, 'unchanged', '');
      return null;
    case 'bothDeleted':
      await db.crmCouplings.delete(coupling.id!);
      job.record(coupling, 'deleted', 'Both coupled records were deleted: the coupling was removed.');
      return null;
    case 'conflict': {
      const resolution = mapping.updateConflictResolution;
      if (resolution === 'None') return fail(conflictMessage(coupling, fieldList(state.fields)));
      const written = await writeChosenValues(db, customer!, account!, allFrom(resolution === 'SendUpdate' ? 'hq' : 'crm'), at);
      await db.crmCouplings.put(synchronized(coupling, written.customer, written.account, job.synchJobId));
      job.record(coupling, 'modified', `Changed in both apps; the Update-conflict resolution ${resolution === 'SendUpdate' ? 'sent HQ\u2019s' : 'got the CRM\u2019s'} version.`,
        resolution === 'SendUpdate' ? 'ToIntegrationTable' : 'FromIntegrationTable');
      return null;
    }
    case 'send':
    case 'get': {
      const written = await writeChosenValues(db, customer!, account!, allFrom(state.kind === 'send' ? 'hq' : 'crm'), at);
      await db.crmCouplings.put(synchronized(coupling, written.customer, written.account, job.synchJobId));
      job.record(coupling, 'modified', state.kind === 'send' ? 'Changed in Sync Console: sent to the CRM.' : 'Changed in the CRM: brought into Sync Console.',
        state.kind === 'send' ? 'ToIntegrationTable' : 'FromIntegrationTable');
      return null;
    }
    case 'deletedInHq':
    case 'deletedInCrm': {
      const side = state.kind === 'deletedInCrm' ? 'crm' : 'hq';
      if (mapping.deletionConflictResolution === 'None') return fail(deletedMessage(coupling, side));
      if (mapping.deletionConflictResolution === 'RemoveCoupling') {
        await db.crmCouplings.delete(coupling.id!);
        job.record(coupling, 'deleted', 'Deleted in one app; the Deletion-conflict resolution removed the coupling. The surviving record was kept.');
        return null;
      }
      const restored = await restoreMissingSide(db, coupling, customer, account, at);
      await db.crmCouplings.put(synchronized(coupling, restored.customer, restored.account, job.synchJobId));
      job.record({ ...coupling, crmId: restored.account.accountid }, 'inserted',
        `Deleted in ${side === 'crm' ? 'the CRM' : 'Sync Console'}; the Deletion-conflict resolution restored it from the surviving record.`);
      return null;
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
  const job = await SynchJobRecorder.start(db, { runId, type: 'Scheduled', action: 'Integration synchronization', direction: 'Bidirectional', startedAt: at() }, at);
  if (!mapping?.enabled) {
    const message = 'The integration table mapping CUSTOMER is not enabled, so no coupled record was synchronized. Enable it on Coupled customers.';
    await db.integrationSynchJobErrors.add({ synchJobId: job.synchJobId, at: at(), message });
    await job.finish(db, message);
    return { counts: emptyCounts(), error: message };
  }
  const [ids, skipped] = await db.transaction('r', db.crmCouplings, () =>
    Promise.all([db.crmCouplings.where('skipped').equals(0).primaryKeys(), db.crmCouplings.where('skipped').equals(1).count()]));
  const total = ids.length + skipped;
  const counts = { ...emptyCounts(), skipped, processed: skipped };
  const problems: string[] = [];
  job.counts.skipped = skipped;
  ctx.onProgress?.(counts, total);
  try {
    for (let start = 0; start < ids.length; start += COUPLING_CHUNK) {
      ctx.signal?.throwIfAborted();
      await db.transaction('rw', coupledTables(db), async () => {
        for (const coupling of await db.crmCouplings.bulkGet(ids.slice(start, start + COUPLING_CHUNK))) {
          // Acted on since the ids were read: removed, or failed by a person's action meanwhile.
          if (!coupling || coupling.skipped) continue;
          const problem = await synchronizeCoupling(db, coupling, mapping, job, at());
          counts.processed += 1;
          if (problem) {
            counts.failed += 1;
            problems.push(problem);
          } else counts.succeeded += 1;
        }
        await job.flush(db);
      });
      ctx.onProgress?.(counts, total);
    }
  } catch (error) {
    // The chunks committed so far stand; the job says where it stopped, if there is room to (the run says why it stopped).
    await job.finish(db, `Stopped before the end: ${describeCounts(job.counts)} by then.`)
      .catch((finishing: unknown) => db.storage.noteFailureOrLog(finishing, 'Recording where Integration synchronization stopped'));
    throw error;
  }
  await job.finish(db, `Customer: ${describeCounts(job.counts)}.`);
  return { counts, error: null, recordProblems: problems };
}
