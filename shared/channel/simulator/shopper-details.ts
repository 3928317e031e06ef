import type { CoreValues } from '../../customers/customers';

/**
 * Who the simulated shoppers are: names, addresses, contact details and attribute choices, each
 * plausible and valid, different for each number. The channel's side of the simulation: HQ learns
 * them only when a customer created offline reaches it.
 */
const streets = ['Storgata 12', 'Drottninggatan 5', 'Main Street 101', 'Karl Johans gate 7', 'Kungsgatan 44', 'Pike Street 9'];
const cities = [['Oslo', '0155', 'NOR'], ['Stockholm', '111 51', 'SWE'], ['Seattle', '98101', 'USA'], ['Bergen', '5003', 'NOR'], ['Göteborg', '411 07', 'SWE'], ['Portland', '97201', 'USA']] as const;
export const tiers = ['Bronze', 'Silver', 'Gold'];

/** Plausible, valid customer values, different for each i. */
export function valuesFor(i: number, name: string): CoreValues {
  const [city, zipCode, countryRegionId] = cities[i % cities.length]!;
  return {
    name, email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@example.com`, phone: `+47 9${String(1000000 + i * 7919).slice(-7)}`,
    customerGroup: '10', street: streets[i % streets.length]!, city, zipCode, countryRegionId,
  };
}

export const attributesFor = (i: number): Record<string, string> => ({ 'Loyalty tier': tiers[i % 3]!, 'Preferred contact': 'E-mail', Newsletter: i % 2 ? 'Yes' : 'No' });

export const newNames = ['Sigrid Aasen', 'Viktor Lund', 'Emma Holm', 'Oskar Strand', 'Ebba Sjöberg', 'Filip Moen', 'Tuva Eriksen', 'Hugo Berglund',
  'Nora Bakke', 'Alvin Ek', 'Selma Vik', 'Leo Sandberg', 'Ella Haugen', 'Liam Nyström', 'Ida Solberg', 'Axel Fors'];

export function asyncCustomerAccount(storeId: string, n: number): string {
  return `ASYNC-${storeId}-${String(n).padStart(6, '0')}`;
}
