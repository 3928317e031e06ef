import type { HqDatabase } from '../../shared/db/hq-database';
import type { CrmAccount } from '../../shared/coupled-records/coupled-records';
import type { Customer } from '../../shared/customers/customers';
import { demoCustomerGroups, demoCustomerSequence, demoHqCustomers } from '../../shared/demo/demo-customers';
import { demoCrm, DEMO_COUPLING_CASES } from '../../shared/demo/demo-crm';
import { SEEDED_AT } from '../../shared/demo/seed-demo-data';
import { demoParameters } from '../../shared/demo/demo-parameters';
import { HqEngine } from '../../shared/engine/hq-engine';
import type { CoupledRecordsRequest } from '../../shared/coupled-records/coupled-records-request';
import { memoryDatabase, steppingClock } from './memory-database';

/** Only what coupled records need of the demo: HQ's customers, groups, their number sequence and the parameters that name it, and the CRM beside them. */
export async function coupledDemo(): Promise<{ db: HqDatabase; engine: HqEngine }> {
  const db = memoryDatabase();
  const customers = demoHqCustomers(SEEDED_AT);
  const crm = demoCrm(customers, SEEDED_AT);
  await db.customerGroups.bulkAdd(demoCustomerGroups);
  await db.numberSequences.add(demoCustomerSequence);
  await db.hqParameters.add(demoParameters);
  await db.customers.bulkAdd(customers);
  await db.crmAccounts.bulkAdd(crm.accounts);
  await db.crmCouplings.bulkAdd(crm.couplings);
  await db.integrationTableMappings.add(crm.mapping);
  return { db, engine: new HqEngine(db, steppingClock()) };
}

export const runIntegrationSynchronization = (engine: HqEngine) =>
  engine.execute({ type: 'runJob', trigger: 'manual', batchJobId: null, job: { jobId: 'integration-synchronization' } });

/** An Integration synchronization run for chosen couplings (Synchronize, Restore records), as the runner dispatches it. */
export const runForRecords = (engine: HqEngine, records: CoupledRecordsRequest) =>
  engine.execute({ type: 'runJob', trigger: 'manual', batchJobId: null, job: { jobId: 'integration-synchronization', records } });

/** The user the tests act as. */
export const USER = 'Karin Berg';

/** The customer account of the demo customer at a place in the list. */
export const accountAt = (i: number) => String(4001 + i).padStart(6, '0');
export const accountsOf = (cases: readonly number[]) => cases.map(accountAt);
export { DEMO_COUPLING_CASES };

export const couplingOf = async (db: HqDatabase, integrationId: string) => (await db.crmCouplings.where('integrationId').equals(integrationId).first())!;
export const skippedAccounts = async (db: HqDatabase) => (await db.crmCouplings.where('skipped').equals(1).toArray()).map((c) => c.integrationId).sort();

/** A customer and its account with the same values, both last modified on 2026-01-01; a test changes what it needs. */
export const aCustomer = (over: Partial<Customer> = {}): Customer => ({
  customerAccount: '004001', name: 'Ada', email: 'ada@example.com', phone: '1', customerGroup: '10', street: 'S 1', city: 'Oslo', zipCode: '0155',
  countryRegionId: 'NOR', attributes: {}, affiliations: [], createdAt: 't0', modifiedAt: '2026-01-01', ...over,
});
export const anAccount = (over: Partial<CrmAccount> = {}): CrmAccount => ({
  accountid: 'a', name: 'Ada', emailaddress1: 'ada@example.com', telephone1: '1', address1_line1: 'S 1', address1_city: 'Oslo', address1_postalcode: '0155',
  address1_country: 'NOR', modifiedon: '2026-01-01', modifiedby: 'x', ...over,
});
