import type { Customer } from '../customers/customers';

/**
 * Coupled records (seed 004): HQ customers coupled one-to-one with accounts of a second app, a
 * CRM that the simulation keeps in tables of its own. The names follow Business Central's
 * integration tables (CRM Integration Record, Integration Synch. Job, Integration Synch. Job
 * Errors, Integration Table Mapping) and the CRM's account entity (Dataverse field names).
 */

/** An account in the CRM, as the CRM's own users edit it. */
export interface CrmAccount {
  accountid: string;
  name: string;
  emailaddress1: string;
  telephone1: string;
  address1_line1: string;
  address1_city: string;
  address1_postalcode: string;
  address1_country: string;
  modifiedon: string;
  modifiedby: string;
}

/** The fields the CUSTOMER mapping synchronizes: an HQ customer field and its CRM account field. */
export const CUSTOMER_FIELD_MAP = [
  { field: 'name', crmField: 'name' },
  { field: 'email', crmField: 'emailaddress1' },
  { field: 'phone', crmField: 'telephone1' },
  { field: 'street', crmField: 'address1_line1' },
  { field: 'city', crmField: 'address1_city' },
  { field: 'zipCode', crmField: 'address1_postalcode' },
  { field: 'countryRegionId', crmField: 'address1_country' },
] as const satisfies readonly { field: keyof Customer; crmField: keyof CrmAccount }[];
export type MappedField = (typeof CUSTOMER_FIELD_MAP)[number]['field'];
export const MAPPED_FIELDS: readonly MappedField[] = CUSTOMER_FIELD_MAP.map((m) => m.field);

/** The table the couplings are of (only customers are coupled here; the column stays, as in BC). */
export const CUSTOMER_TABLE = 'Customer';
/** Its Table ID, as Business Central numbers its Customer table (Database::Customer). */
export const CUSTOMER_TABLE_ID = 18;
/**
 * The CRM's table as the mapping names it in a job's direction: BC's Integration Synch. Job List
 * writes "%1 to %2." with the integration table's Int. Tbl. Caption Prefix (Dataverse, in
 * CDSSetupDefaults) and its name (IntegrationTableMapping.GetExtendedIntegrationTableCaption); a
 * name BC does not translate.
 */
export const CRM_TABLE_CAPTION = 'Dataverse Account';

export type SynchResult = 'Success' | 'Failure';

/**
 * CRM Integration Record: one coupling of an HQ record and a CRM record. Each side keeps the
 * result and job of the last synchronization that wrote to it, as BC's table does
 * (CRMIntegrationRecord.Table.al, SetLastSynchModifiedOns and SetLastSynchResultFailed): a job
 * from the CRM sets Last Synch. Result and Last Synch. Job ID, a job to the CRM sets Last Synch.
 * CRM Result and Last Synch. CRM Job ID.
 */
export interface Coupling {
  id?: number;
  tableId: typeof CUSTOMER_TABLE_ID;
  tableName: typeof CUSTOMER_TABLE;
  /** The HQ record: the customer account. */
  integrationId: string;
  /** The CRM record: the account id. */
  crmId: string;
  /** The records' modification times the last successful synchronization saw. */
  lastSynchModifiedOn: string | null;
  lastSynchCrmModifiedOn: string | null;
  /** This app's side: the last synchronization that wrote to the HQ customer (Get data update). */
  lastSynchResult: SynchResult | null;
  lastSynchJobId: number | null;
  /** The CRM's side: the last synchronization that wrote to the CRM account (Send data update). */
  lastSynchCrmResult: SynchResult | null;
  lastSynchCrmJobId: number | null;
  /** 1 while the coupling's last synchronization failed: the scheduled job leaves it alone until someone acts. */
  skipped: 0 | 1;
  errorMessage: string | null;
  failedOn: string | null;
}

export type SynchDirection = 'ToIntegrationTable' | 'FromIntegrationTable' | 'Bidirectional';

/** Integration Synch. Job's counts (table 5338: Inserted .. Failed, and Uncoupled and Coupled for those job types). */
export interface SynchCounts {
  inserted: number;
  modified: number;
  deleted: number;
  unchanged: number;
  skipped: number;
  failed: number;
  uncoupled: number;
  coupled: number;
}
export const emptySynchCounts = (): SynchCounts => ({ inserted: 0, modified: 0, deleted: 0, unchanged: 0, skipped: 0, failed: 0, uncoupled: 0, coupled: 0 });

/** Integration Synch. Job's Type (OptionMembers = Synchronization,Uncoupling,Coupling). */
export const SYNCH_JOB_TYPES = ['Synchronization', 'Uncoupling', 'Coupling'] as const;
export type SynchJobType = (typeof SYNCH_JOB_TYPES)[number];

/**
 * Integration Synch. Job: one job of the mapping. As in Business Central, a synchronization is a
 * job per direction (Customer to Dataverse Account, Dataverse Account to Customer); removing
 * couplings is an Uncoupling job, making one a Coupling job.
 */
export interface IntegrationSynchJob extends SynchCounts {
  id?: number;
  /** The run of the job runner it belongs to (Run history); null for a person's action run in place. */
  runId: number | null;
  type: SynchJobType;
  /** What started it: Integration synchronization, or a person's action (Synchronize, Restore records, ...). */
  action: string;
  /** Who started it; null for Integration synchronization (the job queue). */
  by: string | null;
  /** Bidirectional for Uncoupling and Coupling jobs, which have no direction (page 5338 leaves it blank). */
  direction: SynchDirection;
  startedAt: string;
  finishedAt: string | null;
  message: string;
}

export type SynchOutcome = keyof SynchCounts;

/** What one synchronization job did to one coupled record: the record's Synchronization log. */
export interface SynchLogEntry {
  id?: number;
  synchJobId: number;
  integrationId: string;
  crmId: string;
  outcome: SynchOutcome;
  direction: SynchDirection;
  message: string;
  at: string;
}

/** Integration Synch. Job Errors that come from the setup, not from a record. */
export interface SynchJobError {
  id?: number;
  synchJobId: number | null;
  at: string;
  message: string;
}

export type UpdateConflictResolution = 'None' | 'SendUpdate' | 'GetUpdate';
export type DeletionConflictResolution = 'None' | 'RestoreRecords' | 'RemoveCoupling';

/** Integration Table Mapping: whether the mapping synchronizes, and how it resolves conflicts by itself. */
export interface IntegrationTableMapping {
  name: 'CUSTOMER';
  enabled: boolean;
  updateConflictResolution: UpdateConflictResolution;
  deletionConflictResolution: DeletionConflictResolution;
}

/** What a coupling needs now, judged from both records and what the last synchronization saw. */
export type CouplingState =
  | { kind: 'unchanged' }
  | { kind: 'send' }
  | { kind: 'get' }
  /** Changed in both apps to different values: the fields that differ. */
  | { kind: 'conflict'; fields: MappedField[] }
  | { kind: 'deletedInHq' }
  | { kind: 'deletedInCrm' }
  | { kind: 'bothDeleted' };

export const crmValue = (account: CrmAccount, field: MappedField): string =>
  account[CUSTOMER_FIELD_MAP.find((m) => m.field === field)!.crmField];

/** The mapped fields whose values differ between the two records. */
export const differingFields = (customer: Customer, account: CrmAccount): MappedField[] =>
  MAPPED_FIELDS.filter((f) => customer[f] !== crmValue(account, f));

/**
 * Which records changed since the last synchronization: modified later than the time that
 * synchronization saw, or never synchronized (Integration Rec. Synch. Invoke's
 * WasModifiedAfterLastSynch, as GetSelectedSingleSyncDirection in CRMIntegrationManagement.Codeunit.al uses it).
 */
export function changedSinceLastSynch(coupling: Coupling, customer: Customer, account: CrmAccount): { hqChanged: boolean; crmChanged: boolean } {
  return {
    hqChanged: coupling.lastSynchModifiedOn === null || customer.modifiedAt > coupling.lastSynchModifiedOn,
    crmChanged: coupling.lastSynchCrmModifiedOn === null || account.modifiedon > coupling.lastSynchCrmModifiedOn,
  };
}

/**
 * Conflict and deletion detection. A record changed since the last synchronization when its
 * modification time is later than the one that synchronization saw (never synchronized counts as
 * changed). Both changed to the same values is no conflict.
 */
export function couplingState(coupling: Coupling, customer: Customer | undefined, account: CrmAccount | undefined): CouplingState {
  if (!customer && !account) return { kind: 'bothDeleted' };
  if (!customer) return { kind: 'deletedInHq' };
  if (!account) return { kind: 'deletedInCrm' };
  const differing = differingFields(customer, account);
  if (!differing.length) return { kind: 'unchanged' };
  const { hqChanged, crmChanged } = changedSinceLastSynch(coupling, customer, account);
  if (hqChanged && crmChanged) return { kind: 'conflict', fields: differing };
  if (hqChanged) return { kind: 'send' };
  if (crmChanged) return { kind: 'get' };
  // Values differ but neither side says it changed: HQ is the master.
  return { kind: 'send' };
}

/** What the error page knows of a row: whether each side still exists. */
export interface Existence {
  recordExists: boolean;
  coupledRecordExists: boolean;
}

export type CoupledErrorAction = 'retry' | 'synchronize' | 'synchronizationLog' | 'setUpCoupling' | 'removeCoupling' | 'restoreRecords' | 'deleteRecords';

/**
 * Which actions the selected rows allow (REFERENCE.md §5): Retry and Synchronize need both
 * records on every row; Restore and Delete need exactly one side deleted on every row; the
 * Synchronization log and Set up coupling are for one row whose HQ record exists.
 */
export function enabledActions(rows: readonly Existence[]): Record<CoupledErrorAction, boolean> {
  const someSelected = rows.length > 0;
  const bothExist = someSelected && rows.every((r) => r.recordExists && r.coupledRecordExists);
  const oneDeleted = someSelected && rows.every((r) => r.recordExists !== r.coupledRecordExists);
  const oneWithLocal = rows.length === 1 && rows[0]!.recordExists;
  return {
    retry: bothExist, synchronize: bothExist, synchronizationLog: oneWithLocal, setUpCoupling: oneWithLocal,
    removeCoupling: someSelected, restoreRecords: oneDeleted, deleteRecords: oneDeleted,
  };
}
