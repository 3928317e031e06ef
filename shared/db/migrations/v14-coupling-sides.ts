import type { Transaction } from 'dexie';

// Frozen: the shapes and values of version 14, as they were; no live code is imported.

/** Table ID of the customer table, the only coupled table (Business Central's table 18). */
const CUSTOMER_TABLE_ID = 18;
type SynchResult = 'Success' | 'Failure';
/** A job as versions 6 to 13 stored it (Scheduled or Manual, no Uncoupled or Coupled counts, no who), and the fields version 14 adds. */
interface StoredJob {
  id?: number;
  type: 'Scheduled' | 'Manual' | 'Synchronization' | 'Uncoupling' | 'Coupling';
  action: string;
  deleted: number;
  uncoupled?: number;
  coupled?: number;
  by?: string | null;
}
/** A coupling as they stored it (one result and one job, no Table ID), and the fields version 14 adds. */
interface StoredCoupling {
  lastSynchResult: SynchResult | null;
  lastSynchJobId: number | null;
  tableId?: number;
  lastSynchCrmResult?: SynchResult | null;
  lastSynchCrmJobId?: number | null;
}
interface StoredLogEntry {
  synchJobId: number;
  outcome: string;
}

/** What Remove coupling was called when it ran as a Manual job. */
const REMOVE_COUPLING = 'Remove coupling';

/**
 * The version 14 upgrade: couplings and their jobs as Business Central keeps them.
 * - A coupling gets its Table ID (18, Customer), and the CRM's side its own result and job: the
 *   one result a coupling kept stood for its last synchronization, whichever side it wrote, so
 *   both sides start from it.
 * - A job's Type becomes BC's: Remove coupling's Manual jobs are Uncoupling jobs (what they
 *   counted deleted, and what their entries said was deleted, was uncoupled); every other job,
 *   scheduled or by a person, was a Synchronization. Nobody was recorded as starting them.
 * A row already in today's shape (a database the current engine wrote) is kept as it is.
 */
export async function upgradeToCouplingSides(tx: Transaction): Promise<void> {
  const uncouplingJobs: number[] = [];
  await tx.table<StoredJob, number>('integrationSynchJobs').toCollection().modify((job) => {
    if (job.type === 'Scheduled' || job.type === 'Manual') {
      const uncoupling = job.type === 'Manual' && job.action === REMOVE_COUPLING;
      if (uncoupling) uncouplingJobs.push(job.id!);
      Object.assign(job, { type: uncoupling ? 'Uncoupling' : 'Synchronization', uncoupled: uncoupling ? job.deleted : 0, deleted: uncoupling ? 0 : job.deleted });
    }
    Object.assign(job, { uncoupled: job.uncoupled ?? 0, coupled: job.coupled ?? 0, by: job.by ?? null });
  });
  await tx.table<StoredLogEntry, number>('integrationSynchLog').where('synchJobId').anyOf(uncouplingJobs)
    .modify((entry) => { if (entry.outcome === 'deleted') entry.outcome = 'uncoupled'; });
  await tx.table<StoredCoupling, number>('crmCouplings').toCollection().modify((coupling) => {
    Object.assign(coupling, {
      tableId: coupling.tableId ?? CUSTOMER_TABLE_ID,
      lastSynchCrmResult: coupling.lastSynchCrmResult === undefined ? coupling.lastSynchResult : coupling.lastSynchCrmResult,
      lastSynchCrmJobId: coupling.lastSynchCrmJobId === undefined ? coupling.lastSynchJobId : coupling.lastSynchCrmJobId,
    });
  });
}
