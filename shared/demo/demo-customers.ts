import type { ChannelCustomerOperation, CoreValues, Customer } from '../customers/customers';
import type { FeatureState } from '../configuration/features';
import type { NumberSequence } from '../configuration/configuration';
import type { Store } from '../configuration/organization';
import { demoCustomers } from './demo-catalog';
import { asyncCustomerAccount, attributesFor, newNames, tiers, valuesFor } from '../channel/simulator/shopper-details';
import type { CountryRegion, CustomerAttributeDefinition, CustomerGroup } from '../master-data/master-data';

export const CUSTOMER_ACCOUNT_SEQUENCE = 'USRT-CUST';

export const demoCustomerGroups: CustomerGroup[] = [
  { id: '10', description: 'Retail customers' },
  { id: '20', description: 'Corporate customers' },
  { id: '30', description: 'Employees' },
];

export const demoAttributeDefinitions: CustomerAttributeDefinition[] = [
  { name: 'Loyalty tier', allowedValues: ['Bronze', 'Silver', 'Gold'] },
  { name: 'Preferred contact', allowedValues: ['E-mail', 'Phone', 'SMS'] },
  { name: 'Newsletter', allowedValues: ['Yes', 'No'] },
];

/** The countries and regions HQ knows; an address naming another is refused. */
export const demoCountryRegions: CountryRegion[] = [
  { id: 'USA', name: 'United States' }, { id: 'NOR', name: 'Norway' }, { id: 'SWE', name: 'Sweden' }, { id: 'DNK', name: 'Denmark' },
];

export const demoCustomerSequence: NumberSequence = {
  code: CUSTOMER_ACCOUNT_SEQUENCE, name: 'Customer accounts', reference: 'Customer account', prefix: '', digits: 6,
  smallest: 1, largest: 999_999, next: 4001 + demoCustomers.length,
};

/** Async editing is off: enabling it is refused until "creating customer addresses asynchronously" is on. */
export const demoFeatures: FeatureState[] = [
  { id: 'customer-orders-performance', enabled: true, changedAt: null },
  { id: 'extended-async-customer-creation', enabled: true, changedAt: null },
  { id: 'async-customer-addresses', enabled: false, changedAt: null },
  { id: 'async-customer-editing', enabled: false, changedAt: null },
];

/** The real customers HQ already has (the accounts the demo transactions carry). */
export function demoHqCustomers(createdAt: string): Customer[] {
  return demoCustomers.map((c, i) => ({
    customerAccount: c.account, ...valuesFor(i, c.name), attributes: attributesFor(i), affiliations: i % 4 === 0 ? ['Employees'] : [],
    createdAt, modifiedAt: createdAt,
  }));
}

/**
 * A broken value per failing operation, one per realistic reason: an invalid e-mail address, a
 * missing mandatory address field, an attribute value outside its allowed values, and a
 * customer group that does not exist. Each is fixed by correcting that one value.
 */
const createFaults: Record<number, (v: CoreValues, a: Record<string, string>) => void> = {
  2: (v) => void (v.email = v.email.replace(/\.com$/, '')),
  5: (v) => void (v.zipCode = ''),
  8: (_v, a) => void (a['Loyalty tier'] = 'Platinum'),
  11: (v) => void (v.customerGroup = '40'),
};
const updateFaults: Record<number, (v: CoreValues, a: Record<string, string>) => void> = {
  1: (v) => void (v.email = 'erik dahl@example.com'),
  4: (v) => void (v.city = ''),
  6: (_v, a) => void (a['Preferred contact'] = 'Fax'),
};

/** Customers created and edited offline in the channels, a few with the faults above. */
export function demoCustomerOperations(stores: readonly Store[], hqCustomers: readonly Customer[], periodStart: number, periodDays: number): Omit<ChannelCustomerOperation, 'seq'>[] {
  const empty: CoreValues = { name: '', email: '', phone: '', customerGroup: '', street: '', city: '', zipCode: '', countryRegionId: '' };
  const at = (i: number, of: number) => new Date(periodStart + Math.floor(((i + 0.5) / of) * periodDays * 86_400_000)).toISOString();
  const creates = newNames.map((name, i) => {
    const store = stores[i % stores.length]!;
    const values = valuesFor(i + 100, name);
    const attributes: Record<string, string> = attributesFor(i);
    createFaults[i]?.(values, attributes);
    return {
      operationId: `OP-C${String(i + 1).padStart(4, '0')}`, channelDatabaseId: store.channelDatabaseId, storeId: store.id, operation: 'Create' as const,
      asyncCustomerAccount: asyncCustomerAccount(store.id, i + 1), customerAccount: null, operationTimestamp: at(i, newNames.length),
      values, oldValues: empty, attributes: Object.entries(attributes).map(([n, v]) => ({ name: n, oldValue: '', newValue: v })),
      affiliations: [],
    };
  });
  const updates = Array.from({ length: 8 }, (_, i) => {
    const customer = hqCustomers[i * 5]!;
    const store = stores[(i + 2) % stores.length]!;
    const { customerAccount, attributes: oldAttributes, affiliations, createdAt: _c, modifiedAt: _m, ...oldValues } = customer;
    const values: CoreValues = { ...oldValues, phone: `+46 70${String(5550000 + i * 131).slice(-7)}` };
    const attributes = { ...oldAttributes, 'Loyalty tier': tiers[(i + 1) % 3]! };
    updateFaults[i]?.(values, attributes);
    return {
      operationId: `OP-U${String(i + 1).padStart(4, '0')}`, channelDatabaseId: store.channelDatabaseId, storeId: store.id, operation: 'Update' as const,
      asyncCustomerAccount: null, customerAccount, operationTimestamp: at(i, 8), values, oldValues,
      attributes: Object.entries(attributes).map(([n, v]) => ({ name: n, oldValue: oldAttributes[n] ?? '', newValue: v })), affiliations,
    };
  });
  return [...creates, ...updates].sort((a, b) => a.operationTimestamp.localeCompare(b.operationTimestamp));
}

/** Operations that fail on the first Synchronize customers run, for tests and the README. */
export const FAILING_OPERATIONS = ['OP-C0003', 'OP-C0006', 'OP-C0009', 'OP-C0012', 'OP-U0002', 'OP-U0005', 'OP-U0007'] as const;
