import type { HqDatabase } from '../db/hq-database';
import {
  CUSTOMER_FIELD_MAP, crmValue, type Coupling, type CrmAccount, type IntegrationSynchJob, type MappedField,
  type SynchCounts, type SynchDirection, type SynchLogEntry, type SynchOutcome, emptySynchCounts,
} from './coupled-records';
import type { Customer } from '../customers/customers';
import { UserFacingError } from '../platform/user-facing-error';

/** Who the synchronization writes as in the CRM, as BC's integration user does. */
export const INTEGRATION_USER = 'Integration user';

/** The tables one synchronization touches, for its read-write transaction. */
export const coupledTables = (db: HqDatabase) =>
  [db.customers, db.customerGroups, db.crmAccounts, db.crmCouplings, db.integrationSynchJobs, db.integrationSynchLog, db.integrationTableMappings];

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

/** The coupling after a synchronization that succeeded: it saw these two records, and is no longer skipped. */
export const synchronized = (coupling: Coupling, customer: Customer, account: CrmAccount, synchJobId: number): Coupling => ({
  ...coupling, crmId: account.accountid, lastSynchModifiedOn: customer.modifiedAt, lastSynchCrmModifiedOn: account.modifiedon,
  lastSynchResult: 'Success', lastSynchJobId: synchJobId, skipped: 0, errorMessage: null, failedOn: null,
});

/** The coupling after a synchronization that failed: skipped by later runs until someone acts. */
export const failed = (coupling: Coupling, message: string, synchJobId: number | null, at: string): Coupling => ({
  ...coupling, lastSynchResult: 'Failure', lastSynchJobId: synchJobId, skipped: 1, errorMessage: message, failedOn: at,
});

/** Recreates a deleted HQ customer from its coupled CRM account (same customer account), or a deleted account from its customer (a new account id). */
export async function restoreMissingSide(db: HqDatabase, coupling: Coupling, customer: Customer | undefined, account: CrmAccount | undefined, at: string): Promise<{ customer: Customer; account: CrmAccount; restored: 'hq' | 'crm' }> {
  if (customer && !account) {
    const restored: CrmAccount = {
      accountid: crypto.randomUUID(), modifiedon: at, modifiedby: INTEGRATION_USER,
      ...Object.fromEntries(CUSTOMER_FIELD_MAP.map((m) => [m.crmField, customer[m.field]])) as Omit<CrmAccount, 'accountid' | 'modifiedon' | 'modifiedby'>,
    };
    await db.crmAccounts.add(restored);
    return { customer, account: restored, restored: 'crm' };
  }
  if (account && !customer) {
    // The fields the CRM does not hold take HQ's defaults for a new customer: the first customer group.
    const group = await db.customerGroups.orderBy('id').first();
    const restored: Customer = {
      customerAccount: coupling.integrationId, customerGroup: group?.id ?? '', attributes: {}, affiliations: [], createdAt: at, modifiedAt: at,
      ...Object.fromEntries(CUSTOMER_FIELD_MAP.map((m) => [m.field, account[m.crmField]])) as Pick<Customer, MappedField>,
    };
    await db.customers.add(restored);
    return { customer: restored, account, restored: 'hq' };
  }
  throw new UserFacingError(`Customer ${coupling.integrationId}: Restore records needs exactly one of the coupled records deleted.`);
}

/** Collects what one synchronization job did, and writes its log entries and its totals. */
export class SynchJobRecorder {
  readonly counts: SynchCounts = emptySynchCounts();
  private readonly entries: SynchLogEntry[] = [];

  constructor(readonly synchJobId: number, private readonly direction: SynchDirection, private readonly at: () => string) {}

  static async start(db: HqDatabase, job: Omit<IntegrationSynchJob, 'id' | keyof SynchCounts | 'finishedAt' | 'message'>, now: () => string): Promise<SynchJobRecorder> {
    const id = Number(await db.integrationSynchJobs.add({ ...job, ...emptySynchCounts(), finishedAt: null, message: '' }));
    return new SynchJobRecorder(id, job.direction, now);
  }

  /** Counts the outcome; a record the job touched (anything but unchanged) gets a log entry. */
  record(coupling: Pick<Coupling, 'integrationId' | 'crmId'>, outcome: SynchOutcome, message: string, direction: SynchDirection = this.direction): void {
    this.counts[outcome] += 1;
    if (outcome === 'unchanged') return;
    this.entries.push({ synchJobId: this.synchJobId, integrationId: coupling.integrationId, crmId: coupling.crmId, outcome, direction, message, at: this.at() });
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
