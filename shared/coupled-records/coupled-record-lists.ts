import type { HqDatabase } from '../db/hq-database';
import type { Coupling, CrmAccount, IntegrationSynchJob, SynchLogEntry } from './coupled-records';
import type { Customer } from '../customers/customers';

/** A row of Coupled data synchronization errors: the coupling, and whether each of its records exists now. */
export interface CoupledErrorRow extends Pick<Coupling, 'lastSynchResult' | 'lastSynchJobId' | 'lastSynchCrmResult' | 'lastSynchCrmJobId'> {
  id: number;
  tableId: number;
  tableName: string;
  integrationId: string;
  /** The HQ record as people know it: account and name (the account alone once deleted). */
  description: string;
  recordExists: boolean;
  crmId: string;
  coupledTo: string;
  coupledRecordExists: boolean;
  errorMessage: string;
  failedOn: string;
}

const describeCustomer = (integrationId: string, customer: Customer | undefined) => (customer ? `${integrationId} ${customer.name}` : integrationId);
const describeAccount = (crmId: string, account: CrmAccount | undefined) => account?.name ?? crmId;

/**
 * Every skipped coupling, with both records looked up. Read whole, not a page at a time: there
 * is at most one coupling per customer, and the rows that reach this page are the few whose
 * synchronization failed; whole, the grid filters and sorts on every column (Record exists and
 * Coupled to are joined from other tables) and pages through all of them, not only the first 100.
 */
export async function readCoupledErrors(db: HqDatabase): Promise<CoupledErrorRow[]> {
  return db.transaction('r', db.crmCouplings, db.customers, db.crmAccounts, async () => {
    const couplings = await db.crmCouplings.where('skipped').equals(1).toArray();
    const [customers, accounts] = await Promise.all([
      db.customers.bulkGet(couplings.map((c) => c.integrationId)), db.crmAccounts.bulkGet(couplings.map((c) => c.crmId)),
    ]);
    return couplings.map((c: Coupling, i) => ({
      id: c.id!, tableId: c.tableId, tableName: c.tableName, lastSynchResult: c.lastSynchResult, lastSynchJobId: c.lastSynchJobId,
      lastSynchCrmResult: c.lastSynchCrmResult, lastSynchCrmJobId: c.lastSynchCrmJobId, integrationId: c.integrationId, description: describeCustomer(c.integrationId, customers[i]),
      recordExists: customers[i] !== undefined, crmId: c.crmId, coupledTo: describeAccount(c.crmId, accounts[i]),
      coupledRecordExists: accounts[i] !== undefined, errorMessage: c.errorMessage ?? '', failedOn: c.failedOn ?? '',
    }));
  });
}

/** A line of a record's Synchronization log: the job that touched it, and what it did to the record. */
export interface SynchronizationLogRow extends Omit<IntegrationSynchJob, 'id' | 'message'> {
  /** The log entry's id, the row's. */
  id: number;
  synchJobId: number;
  integrationId: string;
  crmId: string;
  outcome: SynchLogEntry['outcome'];
  message: string;
  jobMessage: string;
}

/** Log entries with their jobs, newest first; an entry whose job was deleted goes with it. */
async function withJobs(db: HqDatabase, entries: SynchLogEntry[]): Promise<SynchronizationLogRow[]> {
  const jobs = await db.integrationSynchJobs.bulkGet(entries.map((e) => e.synchJobId));
  return entries.flatMap((entry, i) => {
    const job = jobs[i];
    if (!job) return [];
    const { id: _job, message: jobMessage, ...rest } = job;
    return [{ ...rest, id: entry.id!, synchJobId: entry.synchJobId, integrationId: entry.integrationId, crmId: entry.crmId, outcome: entry.outcome, message: entry.message, jobMessage }];
  }).sort((a, b) => b.id - a.id);
}

/** Every job that touched the HQ record (synchronization, uncoupling, coupling; scheduled or by a person), newest first. */
export async function readSynchronizationLog(db: HqDatabase, integrationId: string): Promise<SynchronizationLogRow[]> {
  return db.transaction('r', db.integrationSynchLog, db.integrationSynchJobs, async () =>
    withJobs(db, await db.integrationSynchLog.where('integrationId').equals(integrationId).toArray()));
}

/** A line of the Uncoupling Log: one coupling removed, by which job, who and why. */
export interface UncouplingLogRow extends SynchronizationLogRow {
  description: string;
  coupledTo: string;
}

/**
 * The Uncoupling Log (page 5338 filtered to Type Uncoupling, as page 5333's Uncoupling Log action
 * opens it): every coupling an Uncoupling job removed, newest first, with the records as they are
 * now. Few: a coupling is removed once.
 */
export async function readUncouplingLog(db: HqDatabase): Promise<UncouplingLogRow[]> {
  return db.transaction('r', [db.integrationSynchLog, db.integrationSynchJobs, db.customers, db.crmAccounts], async () => {
    const jobIds = await db.integrationSynchJobs.where('type').equals('Uncoupling').primaryKeys();
    const rows = await withJobs(db, await db.integrationSynchLog.where('synchJobId').anyOf(jobIds as number[]).toArray());
    const [customers, accounts] = await Promise.all([db.customers.bulkGet(rows.map((r) => r.integrationId)), db.crmAccounts.bulkGet(rows.map((r) => r.crmId))]);
    return rows.map((row, i) => ({ ...row, description: describeCustomer(row.integrationId, customers[i]), coupledTo: describeAccount(row.crmId, accounts[i]) }));
  });
}

/** Each HQ customer with its coupling, if any, for Coupled customers. */
export interface CoupledCustomerRow {
  integrationId: string;
  name: string;
  recordExists: boolean;
  coupling: Coupling | null;
  coupledTo: string;
  coupledRecordExists: boolean;
}

/** HQ's customers and the couplings of deleted ones: few (one per customer), read whole. */
export async function readCoupledCustomers(db: HqDatabase): Promise<CoupledCustomerRow[]> {
  return db.transaction('r', db.crmCouplings, db.customers, db.crmAccounts, async () => {
    const [customers, couplings] = await Promise.all([db.customers.toArray(), db.crmCouplings.toArray()]);
    const byCustomer = new Map(couplings.map((c) => [c.integrationId, c]));
    const accounts = new Map((await db.crmAccounts.bulkGet(couplings.map((c) => c.crmId))).flatMap((a) => (a ? [[a.accountid, a] as const] : [])));
    const ids = [...new Set([...customers.map((c) => c.customerAccount), ...couplings.map((c) => c.integrationId)])].sort();
    const byId = new Map(customers.map((c) => [c.customerAccount, c]));
    return ids.map((integrationId) => {
      const coupling = byCustomer.get(integrationId) ?? null;
      return {
        integrationId, name: byId.get(integrationId)?.name ?? '', recordExists: byId.has(integrationId), coupling,
        coupledTo: coupling ? describeAccount(coupling.crmId, accounts.get(coupling.crmId)) : '',
        coupledRecordExists: coupling ? accounts.has(coupling.crmId) : false,
      };
    });
  });
}
