import type { Cents, PaymentMethod, SalesLine } from './transactions';

export interface SalesOrder {
  salesOrderId: string;
  transactionId: string;
  channelReferenceId: string | null;
  customerAccount: string | null;
  storeId: string;
  orderDate: string;
  amount: Cents;
  lines: SalesLine[];
  createdAt: string;
}

export interface SalesOrderPayment {
  id?: number;
  salesOrderId: string;
  transactionId: string;
  method: PaymentMethod;
  amount: Cents;
  /** The payment service that processed a card payment. */
  paymentServiceId: string | null;
}
