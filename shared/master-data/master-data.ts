/**
 * HQ's master data: what it knows and checks records against, held in its own tables and seeded
 * by the demo (an import may bring none). Rules read these rows from the database, never the demo.
 */

/** Released products: an order line for an item HQ does not know cannot become a sales order line. */
export interface ReleasedProduct {
  itemId: string;
  name: string;
  price: number;
}

/** How a tender type is settled, which decides its main account and whether a card processor is needed. */
export type TenderMethod = 'card' | 'cash' | 'giftCard' | 'customerAccount' | 'check';

/** RetailTenderTypeTable: the tender types (payment methods) the channels may use. */
export interface TenderType {
  tenderTypeId: string;
  name: string;
  method: TenderMethod;
}

export interface Currency {
  code: string;
  name: string;
}

export interface CustomerGroup {
  id: string;
  description: string;
}

/** A customer attribute and the values it allows. */
export interface CustomerAttributeDefinition {
  name: string;
  allowedValues: string[];
}

/** LogisticsAddressCountryRegion: the countries and regions an address may name. */
export interface CountryRegion {
  id: string;
  name: string;
}

/** The main account each part of a transaction posts to (the posting profile). */
export interface PostingProfile {
  salesRevenue: string;
  salesTax: string;
  freight: string;
  payment: Record<TenderMethod, string>;
}

/**
 * The parameters the jobs read: the company, which number sequence numbers sales orders and
 * customer accounts, which charge code is freight, and the posting profile. One row (HQ_PARAMETERS_ID).
 */
export interface HqParameters {
  id: string;
  /** The company (DataAreaId, in lower case as HQ exports it) its transactions are keyed by. */
  dataAreaId: string;
  salesOrderSequence: string;
  customerAccountSequence: string;
  /** The charge (markup) code of freight, which posts to the posting profile's freight account. */
  freightChargeCode: string;
  postingProfile: PostingProfile;
}

export const HQ_PARAMETERS_ID = 'hq';
