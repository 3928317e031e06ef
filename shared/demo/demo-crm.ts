import type { Coupling, CrmAccount, IntegrationTableMapping } from '../coupled-records/coupled-records';
import type { Customer } from '../customers/customers';
import { accountFrom as accountOf, newCoupling } from '../coupled-records/recreate-and-couple';

/** Dataverse ids are GUIDs: these are fixed, so the demo is the same every time. */
const guid = (n: number) => `0000c4a1-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** The cases the first Integration synchronization meets, by the customer's place in the demo list. */
export const DEMO_COUPLING_CASES = {
  changedInBoth: [1, 5, 9],
  deletedInCrm: [13, 17],
  changedInCrm: [25, 29],
  changedInHq: [33],
} as const;
/** A customer deleted in HQ whose CRM account still exists (no transaction refers to it). */
export const DEMO_DELETED_CUSTOMER = '004999';

export interface DemoCrm {
  accounts: CrmAccount[];
  couplings: Coupling[];
  mapping: IntegrationTableMapping;
}

/**
 * The CRM beside the demo HQ: every HQ customer coupled to an account, last synchronized when the
 * demo was seeded; since then people changed some in both apps, some in one, and deleted some on
 * one side. A few accounts are not coupled yet (for Set up coupling).
 */
export function demoCrm(customers: readonly Customer[], seededAt: string): DemoCrm {
  const before = new Date(Date.parse(seededAt) - 3_600_000).toISOString();
  const after = (i: number) => new Date(Date.parse(seededAt) + (i + 1) * 60_000).toISOString();
  const has = (list: readonly number[], i: number) => list.includes(i);
  const accounts: CrmAccount[] = [];
  const couplings: Coupling[] = customers.map((customer, i) => {
    const crmId = guid(i + 1);
    const hqChanged = has(DEMO_COUPLING_CASES.changedInBoth, i) || has(DEMO_COUPLING_CASES.changedInHq, i);
    const crmChanged = has(DEMO_COUPLING_CASES.changedInBoth, i) || has(DEMO_COUPLING_CASES.changedInCrm, i);
    // HQ changed since: the last synchronization saw an older customer, and the CRM still has its old phone.
    const base = hqChanged ? { ...customer, phone: `+47 4000${String(i).padStart(4, '0')}` } : customer;
    const account = accountOf(base, crmId, seededAt, 'Integration user');
    if (crmChanged) Object.assign(account, { telephone1: `+46 70 ${String(1000 + i)}`, address1_line1: `${customer.street} (CRM)`, modifiedon: after(i), modifiedby: 'Maria Lind (CRM)' });
    if (!has(DEMO_COUPLING_CASES.deletedInCrm, i)) accounts.push(account);
    return {
      ...newCoupling(customer.customerAccount, crmId), lastSynchModifiedOn: hqChanged ? before : customer.modifiedAt, lastSynchCrmModifiedOn: seededAt,
      lastSynchResult: 'Success', lastSynchCrmResult: 'Success',
    };
  });
  const gone = { ...customers[0]!, customerAccount: DEMO_DELETED_CUSTOMER, name: 'Astrid Nordby', email: 'astrid.nordby@example.com' };
  const goneId = guid(900);
  accounts.push(accountOf(gone, goneId, seededAt, 'Integration user'));
  couplings.push({ ...couplings[0]!, integrationId: DEMO_DELETED_CUSTOMER, crmId: goneId, lastSynchModifiedOn: seededAt });
  ['Fjord Outfitters', 'Nordic Trail AB', 'Bergen Sports', 'Lake Union Bikes'].forEach((name, i) => {
    accounts.push(accountOf({ ...customers[i]!, name, email: `contact@${name.toLowerCase().replace(/[^a-z]+/g, '')}.example.com` }, guid(950 + i), seededAt, 'Maria Lind (CRM)'));
  });
  return { accounts, couplings, mapping: { name: 'CUSTOMER', enabled: true, updateConflictResolution: 'None', deletionConflictResolution: 'None' } };
}
