import { changedSinceLastSynch, differingFields, type Coupling, type CrmAccount, type MappedField } from './coupled-records';
import type { Customer } from '../customers/customers';
import { allFrom, type FieldChoices } from './coupled-sync';

/** Synchronize's three directions: Send data update, Get data update, Merge data. */
export type SynchronizeDirection = 'send' | 'get' | 'merge';

/** What Synchronize offers for a coupling, and why. */
export interface SynchronizeOffer {
  offered: SynchronizeDirection[];
  /** The direction chosen for the person before they choose; null for several records. */
  recommended: SynchronizeDirection | null;
  hqChanged: boolean;
  crmChanged: boolean;
  /** Fields changed on both sides since the last synchronization: why Merge is not offered. */
  conflictingFields: MappedField[];
}

/** On several records: Send or Get, none recommended (GetSelectedMultipleSyncDirection). */
export const SEVERAL_RECORDS_OFFER: SynchronizeOffer = { offered: ['send', 'get'], recommended: null, hqChanged: false, crmChanged: false, conflictingFields: [] };

/**
 * Synchronize on one coupled record, as Business Central decides it for a bidirectional mapping
 * (CRMIntegrationManagement.Codeunit.al, GetSelectedSingleSyncDirection):
 * - both records changed since the last synchronization and a field of a bidirectional field
 *   mapping differs (IntegrationTableSynch.CheckTransferFields' BidirectionalFieldsModified): Merge
 *   is forbidden, only Send or Get are offered, Send recommended; those fields are the conflict;
 * - otherwise all three are offered: only the other app changed → Get, only this one → Send,
 *   neither or both (RecordModified = CRMRecordModified) → Merge.
 * Every field of the CUSTOMER mapping is Bidirectional in BC's default (CDSSetupDefaults'
 * customer–account field mappings: Name, Address, City, Post Code, Country/Region Code, Phone No.,
 * E-Mail), so any mapped field that differs after both changed forbids Merge.
 */
export function synchronizeOffer(coupling: Coupling, customer: Customer, account: CrmAccount): SynchronizeOffer {
  const { hqChanged, crmChanged } = changedSinceLastSynch(coupling, customer, account);
  const conflictingFields = hqChanged && crmChanged ? differingFields(customer, account) : [];
  if (conflictingFields.length) return { offered: ['send', 'get'], recommended: 'send', hqChanged, crmChanged, conflictingFields };
  const recommended: SynchronizeDirection = hqChanged === crmChanged ? 'merge' : crmChanged ? 'get' : 'send';
  return { offered: ['send', 'get', 'merge'], recommended, hqChanged, crmChanged, conflictingFields };
}

/**
 * Merge's starting choice for each field: the value of the side that changed it since the last
 * synchronization (where both or neither changed, this app's). The person may change any of them.
 */
export const defaultMergeChoices = (offer: SynchronizeOffer): FieldChoices => allFrom(offer.crmChanged && !offer.hqChanged ? 'crm' : 'hq');
