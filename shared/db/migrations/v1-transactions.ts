/**
 * How schema version 1 held transactions: one document per transaction, keyed by its id alone,
 * amounts in cents. Kept only so the version 2 upgrade can read what such a database holds.
 */
export type V1PaymentMethod = 'card' | 'cash' | 'giftCard' | 'customerAccount';

export interface V1ChannelTransaction {
  transactionId: string;
  channelDatabaseId: string;
  seq: number;
  storeId: string;
  kind: 'online' | 'pos';
  channelReferenceId: string | null;
  receiptNumber: string | null;
  customerAccount: string | null;
  transDate: string;
  currency: string;
  lines: { lineNumber: number; itemId: string; itemName: string; quantity: number; unitPrice: number; amount: number }[];
  payments: { lineNumber: number; method: V1PaymentMethod; amount: number; cardType: string | null }[];
  charges: { code: string; amount: number }[];
  taxAmount: number;
  grossAmount: number;
}

export interface V1HqTransaction extends Omit<V1ChannelTransaction, 'seq'> {
  uploadedAt: string;
  pendingOrderStatus: 'None' | 'Succeeded' | 'Failed';
  salesOrderId: string | null;
  orderErrorDetails: string | null;
  retryCount: number;
  syncModifiedAt: string | null;
}

export interface V1SalesOrder {
  salesOrderId: string;
  transactionId: string;
  channelReferenceId: string | null;
  customerAccount: string | null;
  storeId: string;
  orderDate: string;
  amount: number;
  lines: V1ChannelTransaction['lines'];
  createdAt: string;
}

export interface V1SalesOrderPayment {
  id?: number;
  salesOrderId: string;
  transactionId: string;
  method: V1PaymentMethod;
  amount: number;
  paymentServiceId: string | null;
}
