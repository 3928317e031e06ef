import type { HqDatabase } from '../../db/hq-database';
import { HQ_PARAMETERS_ID, type TenderMethod } from '../../master-data/master-data';
import { UserFacingError } from '../../platform/user-facing-error';

/** The ways the simulated shoppers pay. */
export type ShopperTender = Exclude<TenderMethod, 'check'>;
const SHOPPER_TENDERS: readonly ShopperTender[] = ['card', 'cash', 'giftCard', 'customerAccount'];

/**
 * What a channel sells and takes, as HQ's master data told it (the 1070 download): the company,
 * the items and their prices, the tender type of each way of paying, the charge code of freight,
 * and the customers who come back.
 */
export interface ChannelCatalog {
  dataAreaId: string;
  items: readonly { itemId: string; price: number }[];
  tenders: Readonly<Record<ShopperTender, string>>;
  freightChargeCode: string;
  customers: readonly { account: string; name: string }[];
}

/** How many of HQ's customers (the first, by account) come back to the channels: recording costs the same however many HQ holds. */
const RETURNING_CUSTOMERS = 48;

/** The catalog as HQ holds it now, read inside the simulator's transaction (over catalogTables). */
export async function readChannelCatalog(db: HqDatabase): Promise<ChannelCatalog> {
  const [parameters, items, tenderTypes, customers] = await Promise.all([
    db.hqParameters.get(HQ_PARAMETERS_ID), db.items.toArray(), db.tenderTypes.toArray(), db.customers.limit(RETURNING_CUSTOMERS).toArray(),
  ]);
  if (!parameters) throw new UserFacingError('Headquarters has no parameters (company, charge codes): the channels cannot record transactions for it.');
  if (items.length === 0) throw new UserFacingError('Headquarters has no released products: the channels have nothing to sell.');
  const tenders = Object.fromEntries(SHOPPER_TENDERS.map((method) => {
    const tender = tenderTypes.find((t) => t.method === method);
    if (!tender) throw new UserFacingError(`Headquarters has no tender type for ${method} payments: the channels cannot take them.`);
    return [method, tender.tenderTypeId];
  })) as Record<ShopperTender, string>;
  return {
    dataAreaId: parameters.dataAreaId, items, tenders, freightChargeCode: parameters.freightChargeCode,
    customers: customers.map((c) => ({ account: c.customerAccount, name: c.name })),
  };
}

/** The tables readChannelCatalog reads. */
export const catalogTables = (db: HqDatabase) => [db.hqParameters, db.items, db.tenderTypes, db.customers];
