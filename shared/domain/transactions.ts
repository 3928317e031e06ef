import type { ChannelKind } from './organization';

/** Amounts are integer minor units (cents) so totals and postings never drift. */
export type Cents = number;

export type PaymentMethod = 'card' | 'cash' | 'giftCard' | 'customerAccount';

/** RetailTransactionSalesTrans */
export interface SalesLine {
  lineNumber: number;
  itemId: string;
  itemName: string;
  quantity: number;
  unitPrice: Cents;
  amount: Cents;
}

/** RetailTransactionPaymentTrans */
export interface PaymentLine {
  lineNumber: number;
  method: PaymentMethod;
  amount: Cents;
  cardType: string | null;
}

/** RetailTransactionMarkupTrans: charges such as freight on online orders. */
export interface ChargeLine {
  code: string;
  amount: Cents;
}

/** A transaction as the channel recorded it (RetailTransactionTable in the channel database). */
export interface ChannelTransaction {
  transactionId: string;
  channelDatabaseId: string;
  /** Replication counter within the channel database: what P-0001 uploads incrementally. */
  seq: number;
  storeId: string;
  kind: ChannelKind;
  channelReferenceId: string | null;
  receiptNumber: string | null;
  customerAccount: string | null;
  transDate: string;
  currency: string;
  lines: SalesLine[];
  payments: PaymentLine[];
  charges: ChargeLine[];
  taxAmount: Cents;
  grossAmount: Cents;
}

export type PendingOrderStatus = 'None' | 'Succeeded' | 'Failed';

/** The uploaded transaction in headquarters, with its Synchronization status tab. */
export interface HqTransaction extends Omit<ChannelTransaction, 'seq'> {
  uploadedAt: string;
  pendingOrderStatus: PendingOrderStatus;
  salesOrderId: string | null;
  orderErrorDetails: string | null;
  /** Attempts after the first one. */
  retryCount: number;
  /** When the synchronization status last changed; null until someone tried. */
  syncModifiedAt: string | null;
}
