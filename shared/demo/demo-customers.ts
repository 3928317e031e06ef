import type { ChannelCustomerOperation, CoreValues, Customer, CustomerAttributeDefinition, CustomerGroup } from '../customers/customers';
import type { FeatureState } from '../configuration/features';
import type { NumberSequence } from '../configuration/configuration';
import type { Store } from '../configuration/organization';
import { demoCustomers } from './demo-catalog';

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

export const COUNTRY_REGIONS = ['USA', 'NOR', 'SWE', 'DNK'] as const;

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

const streets = ['Storgata 12', 'Drottninggatan 5', 'Main Street 101', 'Karl Johans gate 7', 'Kungsgatan 44', 'Pike Street 9'];
const cities = [['Oslo', '0155', 'NOR'], ['Stockholm', '111 51', 'SWE'], ['Seattle', '98101', 'USA'], ['Bergen', '5003', 'NOR'], ['Göteborg', '411 07', 'SWE'], ['Portland', '97201', 'USA']] as const;
const tiers = ['Bronze', 'Silver', 'Gold'];

/** Plausible, valid customer values, different for each i. */
export function valuesFor(i: number, name: string): CoreValues {
  const [city, zipCode, countryRegionId] = cities[i % cities.length]!;
  return {
    name, email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`, phone: `+47 9${String(1000000 + i * 7919).slice(-7)}`,
    customerGroup: '10', street: streets[i % streets.length]!, city, zipCode, countryRegionId,
  };
}

export const attributesFor = (i: number): Record<string, string> => ({ 'Loyalty tier': tiers[i % 3]!, 'Preferred contact': 'E-mail', Newsletter: i % 2 ? 'Yes' : 'No' });

/** The real customers HQ already has (the accounts the demo transactions carry). */
export function demoHqCustomers(createdAt: string): Customer[] {
  return demoCustomers.map((c, i) => ({
    customerAccount: c.account, ...valuesFor(i, c.name), attributes: attributesFor(i), affiliations: i % 4 === 0 ? ['Employees'] : [],
    createdAt, modifiedAt: createdAt,
  }));
}

export const newNames = ['Sigrid Aasen', 'Viktor Lund', 'Emma Holm', 'Oskar Strand', 'Ebba Sjöberg', 'Filip Moen', 'Tuva Eriksen', 'Hugo Berglund',
  'Nora Bakke', 'Alvin Ek', 'Selma Vik', 'Leo Sandberg', 'Ella Haugen', 'Liam Nyström', 'Ida Solberg', 'Axel Fors'];

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

export function asyncCustomerAccount(storeId: string, n: number): string {
  return `ASYNC-${storeId}-${String(n).padStart(6, '0')}`;
}

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
