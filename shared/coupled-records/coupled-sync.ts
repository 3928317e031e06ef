import type { HqDatabase } from '../db/hq-database';
import {
  CUSTOMER_FIELD_MAP, crmValue, type Coupling, type CrmAccount, type IntegrationSynchJob, type MappedField,
  type SynchCounts, type SynchDirection, type SynchLogEntry, type SynchOutcome, emptySynchCounts,
} from './coupled-records';
import type { Customer } from '../customers/customers';

/** Who the synchronization writes as in the CRM, as BC's integration user does. */
export const INTEGRATION_USER = 'Integration user';

/** The tables one synchronization touches, for its read-write transaction. */
export const coupledTables = (db: HqDatabase) =>
  [db.customers, db.customerGroups, db.crmAccounts, db.crmCouplings, db.integrationSynchJobs, db.integrationSynchLog, db.integrationTableMappings, db.numberSequences, db.hqParameters];

/** Which side's value each mapped field takes: HQ's (send) or the CRM's (get). */
export type FieldChoices = Record<MappedField, 'hq' | 'crm'>;
export const allFrom = (side: 'hq' | 'crm'): FieldChoices =>
  Object.fromEntries(CUSTOMER_FIELD_MAP.map((m) => [m.field, side])) as FieldChoices;

export const FIELD_LABELS: Record<MappedField, string> = {
  name: 'Name', email: 'E-mail', phone: 'Phone', street: 'Street', city: 'City', zipCode: 'ZIP/postal code', countryRegionId: 'Country/region',
};
export const fieldList = (fields: readonly MappedField[]) => fields.map((f) => FIELD_LABELS[f]).join(', ');

/**
 * Makes both records carry the chosen values (send: all HQ's, get: all the CRM's, merge: field
 * by field) and writes only the side whose values change, so its modification time moves and the
 * other's stays what it was. Returns whether anything was written.
 */
export async function writeChosenValues(db: HqDatabase, customer: Customer, account: CrmAccount, choices: FieldChoices, at: string): Promise<{ customer: Customer; account: CrmAccount; changed: boolean }> {
  const chosen = (field: MappedField) => (choices[field] === 'hq' ? customer[field] : crmValue(account, field));
  const hqChanges = Object.fromEntries(CUSTOMER_FIELD_MAP.filter((m) => customer[m.field] !== chosen(m.field)).map((m) => [m.field, chosen(m.field)]));
  const crmChanges = Object.fromEntries(CUSTOMER_FIELD_MAP.filter((m) => account[m.crmField] !== chosen(m.field)).map((m) => [m.crmField, chosen(m.field)]));
  let nextCustomer = customer;
  let nextAccount = account;
  if (Object.keys(hqChanges).length) {
    nextCustomer = { ...customer, ...hqChanges, modifiedAt: at };
    await db.customers.put(nextCustomer);
  }
  if (Object.keys(crmChanges).length) {
    nextAccount = { ...account, ...crmChanges, modifiedon: at, modifiedby: INTEGRATION_USER };
    await db.crmAccounts.put(nextAccount);
  }
  return { customer: nextCustomer, account: nextAccount, changed: nextCustomer !== customer || nextAccount !== account };
}

/** The jobs that wrote to each side: a job to the CRM sets its result, a job from the CRM this app's. */
export interface SideJobs {
  hq?: number;
  crm?: number;
}

/** The coupling after a synchronization that succeeded: it saw these two records, each side written has its job, and it is no longer skipped. */
export const synchronized = (coupling: Coupling, customer: Customer, account: CrmAccount, jobs: SideJobs): Coupling => ({
  ...coupling, crmId: account.accountid, lastSynchModifiedOn: customer.modifiedAt, lastSynchCrmModifiedOn: account.modifiedon,
  ...(jobs.hq === undefined ? {} : { lastSynchResult: 'Success', lastSynchJobId: jobs.hq }),
  ...(jobs.crm === undefined ? {} : { lastSynchCrmResult: 'Success', lastSynchCrmJobId: jobs.crm }),
  skipped: 0, errorMessage: null, failedOn: null,
});

/**
 * The coupling after a synchronization that failed, on the side it was writing to (a job to the
 * CRM fails the CRM's side): skipped by later runs until someone acts.
 */
export const failed = (coupling: Coupling, message: string, side: 'hq' | 'crm', synchJobId: number | null, at: string): Coupling => ({
  ...coupling, ...(side === 'hq' ? { lastSynchResult: 'Failure', lastSynchJobId: synchJobId } : { lastSynchCrmResult: 'Failure', lastSynchCrmJobId: synchJobId }),
  skipped: 1, errorMessage: message, failedOn: at,
});

/** What a job is when it starts: its counts, finish and message come as it goes. */
export type NewSynchJob = Omit<IntegrationSynchJob, 'id' | keyof SynchCounts | 'finishedAt' | 'message'>;

/** Collects what one synchronization job did, and writes its log entries and its totals. */
export class SynchJobRecorder {
  readonly counts: SynchCounts = emptySynchCounts();
  private readonly entries: SynchLogEntry[] = [];

  constructor(readonly synchJobId: number, private readonly direction: SynchDirection, private readonly at: () => string) {}

  static async start(db: HqDatabase, job: NewSynchJob, now: () => string): Promise<SynchJobRecorder> {
    const id = Number(await db.integrationSynchJobs.add({ ...job, ...emptySynchCounts(), finishedAt: null, message: '' }));
    return new SynchJobRecorder(id, job.direction, now);
  }

  /** Counts the outcome; a record the job touched, or one a person asked for, gets a log entry (not one a scheduled run found unchanged: no message). */
  record(coupling: Pick<Coupling, 'integrationId' | 'crmId'>, outcome: SynchOutcome, message: string): void {
    this.counts[outcome] += 1;
    if (outcome === 'unchanged' && !message) return;
    this.entries.push({ synchJobId: this.synchJobId, integrationId: coupling.integrationId, crmId: coupling.crmId, outcome, direction: this.direction, message, at: this.at() });
  }

  /** Writes the entries gathered so far (each chunk's, inside its transaction). */
  async flush(db: HqDatabase): Promise<void> {
    if (this.entries.length) await db.integrationSynchLog.bulkAdd(this.entries.splice(0));
  }

  async finish(db: HqDatabase, message: string): Promise<void> {
    await this.flush(db);
    await db.integrationSynchJobs.update(this.synchJobId, { ...this.counts, finishedAt: this.at(), message });
  }
}

/** "3 modified, 1 failed": the counts that are not zero. */
export function describeCounts(counts: SynchCounts): string {
  const parts = (Object.keys(counts) as SynchOutcome[]).filter((k) => counts[k] > 0).map((k) => `${counts[k]} ${k}`);
  return parts.length ? parts.join(', ') : 'nothing to synchronize';
}
