import type { HqDatabase } from '../db/hq-database';
import type { CustomerConfiguration } from './customer-rules';

/** HQ's customer master data, as the rules read it (customerConfigurationTables). */
export async function customerConfiguration(db: HqDatabase): Promise<CustomerConfiguration> {
  const [groups, attributes, countries] = await Promise.all([db.customerGroups.toArray(), db.customerAttributeDefinitions.toArray(), db.countryRegions.toArray()]);
  return {
    customerGroups: new Set(groups.map((g) => g.id)), attributes: new Map(attributes.map((a) => [a.name, a.allowedValues])),
    countryRegions: new Set(countries.map((c) => c.id)),
  };
}

/** The tables customerConfiguration reads. */
export const customerConfigurationTables = (db: HqDatabase) => [db.customerGroups, db.customerAttributeDefinitions, db.countryRegions];
