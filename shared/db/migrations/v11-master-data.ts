import type { Transaction } from 'dexie';

/**
 * Version 11: HQ's master data is data. Before it, the rules checked a customer's country against
 * four countries, and took the customer account sequence, the freight charge code and the posting
 * profile from the demo's code. A demo HQ (the only database with stores: imports never write
 * them) gets them as rows, with the values those rules used; an imported workspace gets none.
 * Frozen: the values as they were at version 11, written out here.
 */
const COUNTRY_REGIONS = [
  { id: 'USA', name: 'United States' }, { id: 'NOR', name: 'Norway' }, { id: 'SWE', name: 'Sweden' }, { id: 'DNK', name: 'Denmark' },
];

const PARAMETERS = {
  id: 'hq',
  dataAreaId: 'usrt',
  salesOrderSequence: 'USRT-SO',
  customerAccountSequence: 'USRT-CUST',
  freightChargeCode: 'FREIGHT',
  postingProfile: {
    salesRevenue: '401100', salesTax: '222200', freight: '618160',
    payment: { card: '110140', cash: '110110', giftCard: '243100', customerAccount: '130100', check: '110120' },
  },
};

export async function upgradeToMasterData(tx: Transaction): Promise<void> {
  if ((await tx.table('stores').count()) === 0) return;
  await tx.table('countryRegions').bulkPut(COUNTRY_REGIONS);
  await tx.table('hqParameters').put(PARAMETERS);
}
