/**
 * HQ's RetailTransaction* tables as the schema declares them (REFERENCE.md's names): the header
 * and its ten line tables, every one found by a transaction's key. What their rows hold is the
 * orders feature's (orders/transaction-entities.ts, whose specs are checked against these names).
 */
export const RETAIL_TRANSACTION_HEADER_TABLE = 'RetailTransactionTable';
export const RETAIL_TRANSACTION_LINE_TABLES = [
  'RetailTransactionSalesTrans', 'RetailTransactionPaymentTrans', 'RetailTransactionTaxTrans', 'RetailTransactionDiscountTrans',
  'RetailTransactionMarkupTrans', 'RetailTransactionAddressTrans', 'RetailTransactionInfocodeTrans', 'RetailTransactionAttributeTrans',
  'RetailTransactionTaxMeasure', 'RetailTransactionTaxTransGTE',
] as const;
export type RetailTransactionTableName = typeof RETAIL_TRANSACTION_HEADER_TABLE | (typeof RETAIL_TRANSACTION_LINE_TABLES)[number];

/** The index (or primary key) of a transaction's key on each of them: company, store, register, transaction number. */
export const KEY_INDEX = '[dataAreaId+store+terminal+transactionId]';
