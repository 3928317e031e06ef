import type { HqDatabase } from '../db/hq-database';
import { HQ_PARAMETERS_ID } from '../master-data/master-data';
import { CUSTOMER_FIELD_MAP, CUSTOMER_TABLE, CUSTOMER_TABLE_ID, type Coupling, type CrmAccount, type MappedField } from './coupled-records';
import type { Customer } from '../customers/customers';
import { failed, INTEGRATION_USER, synchronized } from './coupled-sync';
import { couplingErrors } from './coupling-errors';
import { NumberDrawer } from '../configuration/number-drawer';
import type { SynchJobSet } from './synch-job-set';
import { synchLogMessages } from './synch-log-messages';

/** A coupling of two records that no synchronization has seen yet. */
export const newCoupling = (integrationId: string, crmId: string): Coupling => ({
  tableId: CUSTOMER_TABLE_ID, tableName: CUSTOMER_TABLE, integrationId, crmId, lastSynchModifiedOn: null, lastSynchCrmModifiedOn: null,
  lastSynchResult: null, lastSynchJobId: null, lastSynchCrmResult: null, lastSynchCrmJobId: null, skipped: 0, errorMessage: null, failedOn: null,
});

/** A CRM account holding a customer's mapped fields. */
export const accountFrom = (customer: Customer, accountid: string, modifiedon: string, modifiedby: string): CrmAccount => ({
  accountid, modifiedon, modifiedby,
  ...Object.fromEntries(CUSTOMER_FIELD_MAP.map((m) => [m.crmField, customer[m.field]])) as Omit<CrmAccount, 'accountid' | 'modifiedon' | 'modifiedby'>,
});

/** Removes a coupling in the set's Uncoupling job, saying why. */
export async function uncouple(db: HqDatabase, coupling: Coupling, jobs: SynchJobSet, why: string): Promise<void> {
  await db.crmCouplings.delete(coupling.id!);
  (await jobs.uncoupling()).record(coupling, 'uncoupled', why);
}

/**
 * Restore records as Business Central does it (CRMSynchConflictBuffer.Table.al,
 * RestoreDeletedRecords): the broken coupling is removed (DeleteCouplings), then a synchronization
 * job creates the record again in the app where it was deleted and couples it
 * (CRMIntegrationManagement.Codeunit.al, CreateNewRecords and EnqueueCreateNewJob: to the
 * integration table for a surviving customer, from it for a surviving account). The customer made
 * again gets the next number of Customer accounts, as BC's gets the next No. of its series, and the
 * account a new id. With no number left, nothing changes and the coupling fails on this app's side.
 * Call inside a transaction over coupledTables; returns the failure, or null.
 */
export async function recreateAndCouple(
  db: HqDatabase, coupling: Coupling, survivor: { customer: Customer } | { account: CrmAccount }, jobs: SynchJobSet, why: string, at: string,
): Promise<string | null> {
  if ('customer' in survivor) {
    const { customer } = survivor;
    await uncouple(db, coupling, jobs, why);
    const job = await jobs.synchronization('ToIntegrationTable');
    const account = accountFrom(customer, crypto.randomUUID(), at, INTEGRATION_USER);
    await db.crmAccounts.add(account);
    const coupled = synchronized(newCoupling(customer.customerAccount, account.accountid), customer, account, { crm: job.synchJobId });
    await db.crmCouplings.add(coupled);
    job.record(coupled, 'inserted', synchLogMessages.createdInCrm(account.name));
    return null;
  }
  const { account } = survivor;
  const job = await jobs.synchronization('FromIntegrationTable');
  // Numbered as a new customer is, from HQ's Customer accounts sequence (its parameters name it).
  const sequence = (await db.hqParameters.get(HQ_PARAMETERS_ID))?.customerAccountSequence;
  const numbers = new NumberDrawer(sequence === undefined ? undefined : await db.numberSequences.get(sequence));
  const customerAccount = numbers.draw();
  if (!customerAccount || (await db.customers.get(customerAccount))) {
    const message = couplingErrors.notCreatedInHq(account.name);
    await db.crmCouplings.put(failed(coupling, message, 'hq', job.synchJobId, at));
    job.record(coupling, 'failed', message);
    return message;
  }
  await uncouple(db, coupling, jobs, why);
  // The fields the CRM does not hold take HQ's defaults for a new customer: the first customer group.
  const group = await db.customerGroups.orderBy('id').first();
  const customer: Customer = {
    customerAccount, customerGroup: group?.id ?? '', attributes: {}, affiliations: [], createdAt: at, modifiedAt: at,
    ...Object.fromEntries(CUSTOMER_FIELD_MAP.map((m) => [m.field, account[m.crmField]])) as Pick<Customer, MappedField>,
  };
  await db.customers.add(customer);
  await numbers.write(db);
  const coupled = synchronized(newCoupling(customerAccount, account.accountid), customer, account, { hq: job.synchJobId });
  await db.crmCouplings.add(coupled);
  job.record(coupled, 'inserted', synchLogMessages.createdInHq(customerAccount));
  return null;
}
