/** Customer parameters › Number sequences. */
export interface NumberSequence {
  code: string;
  name: string;
  /** The reference it numbers, e.g. "Sales order". */
  reference: string;
  prefix: string;
  digits: number;
  smallest: number;
  largest: number;
  next: number;
}

/** Accounts receivable › Payment setup › Payment services. */
export interface PaymentService {
  id: string;
  name: string;
  defaultForNewCreditCards: boolean;
}

export interface MainAccountRange {
  from: string;
  to: string;
}

/** Which main accounts a posting may use; an account no active structure allows cannot be posted. */
export interface AccountStructure {
  id: string;
  name: string;
  allowedRanges: MainAccountRange[];
}

export const SALES_ORDER_SEQUENCE = 'USRT-SO';
export const COMPANY = 'USRT';

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

/** The company in the transactions' key (DataAreaId is stored in lower case, as HQ exports it). */
export const DATA_AREA_ID = 'usrt';
