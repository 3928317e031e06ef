import type { TransactionKey } from './transaction-entities';

export interface SalesOrderLine {
  lineNum: number;
  itemId: string;
  qty: number;
  price: number;
  netAmount: number;
}

/** The sales order Synchronize orders made of one transaction; at most one per transaction (unique index). */
export interface SalesOrder extends TransactionKey {
  salesOrderId: string;
  channelReferenceId: string | null;
  customerAccount: string | null;
  orderDate: string;
  currency: string;
  amount: number;
  lines: SalesOrderLine[];
  createdAt: string;
}

export interface SalesOrderPayment extends TransactionKey {
  id?: number;
  salesOrderId: string;
  tenderType: string;
  amount: number;
  /** The payment service that processed a card payment. */
  paymentServiceId: string | null;
}
