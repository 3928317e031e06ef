import type { ChannelCustomerOperation } from '../../customers/customers';
import type { TransactionBundle } from '../../orders/transaction-entities';

/**
 * The kinds of bad data the channel simulator can record, by the name people pick them by, and
 * where each is caught: P-0001 sets aside what HQ's tables cannot hold (a value of the wrong
 * kind), Synchronize orders fails what breaks HQ's rules, and a person fixes it with Edit and audit.
 */
export const TRANSACTION_FAULTS = {
  noLines: { name: 'No sales lines', caughtBy: 'Synchronize orders' },
  quantityMissing: { name: 'Quantity missing on a line', caughtBy: 'Synchronize orders' },
  priceMissing: { name: 'Price missing on a line', caughtBy: 'Synchronize orders' },
  paymentsDoNotAddUp: { name: 'Payments do not add up to the amount due', caughtBy: 'Synchronize orders' },
  unknownItem: { name: 'An item headquarters does not know', caughtBy: 'Synchronize orders' },
  unknownTenderType: { name: 'A tender type headquarters does not know', caughtBy: 'Synchronize orders' },
  unknownCurrency: { name: 'A currency headquarters does not know', caughtBy: 'Synchronize orders' },
  shippingWithoutAddress: { name: 'Shipping order without a delivery address', caughtBy: 'Synchronize orders' },
  taxForMissingLine: { name: 'Tax line for a sales line that does not exist', caughtBy: 'Synchronize orders' },
  discountForMissingLine: { name: 'Discount for a sales line that does not exist', caughtBy: 'Synchronize orders' },
  dateMissing: { name: 'Transaction date missing', caughtBy: 'Synchronize orders' },
  priceNotANumber: { name: 'Price that is not a number', caughtBy: 'P-0001' },
  amountAsText: { name: 'Gross amount written as text', caughtBy: 'P-0001' },
  transactionIdMissing: { name: 'Transaction number missing', caughtBy: 'P-0001' },
} as const;
export type TransactionFault = keyof typeof TRANSACTION_FAULTS;
export const TRANSACTION_FAULT_KINDS = Object.keys(TRANSACTION_FAULTS) as TransactionFault[];

export const CUSTOMER_FAULTS = {
  cityMissing: { name: 'Customer address without a city', caughtBy: 'Synchronize customers and channel requests' },
  nameNotText: { name: 'Customer name that is a number', caughtBy: 'P-0001' },
  valuesMissing: { name: 'Customer operation without its values', caughtBy: 'P-0001' },
} as const;
export type CustomerFault = keyof typeof CUSTOMER_FAULTS;
export const CUSTOMER_FAULT_KINDS = Object.keys(CUSTOMER_FAULTS) as CustomerFault[];

type Rows = Record<string, unknown>[];
type Tables = Record<string, unknown> & { RetailTransactionTable: Record<string, unknown> };

/** A copy of the transaction's tables with one kind of bad data in it, as a faulty channel would send it. */
export function withTransactionFault(bundle: TransactionBundle, fault: TransactionFault): Tables {
  const t = structuredClone(bundle) as unknown as Tables;
  const rows = (entity: string) => t[entity] as Rows;
  const header = t.RetailTransactionTable;
  const firstLine = rows('RetailTransactionSalesTrans')[0] ?? {};
  switch (fault) {
    case 'noLines': // and nothing that hangs on a line
      for (const entity of ['RetailTransactionSalesTrans', 'RetailTransactionTaxTrans', 'RetailTransactionDiscountTrans', 'RetailTransactionTaxMeasure']) t[entity] = [];
      break;
    case 'quantityMissing':
      delete firstLine.qty;
      break;
    case 'priceMissing':
      firstLine.price = null;
      break;
    case 'paymentsDoNotAddUp':
      for (const p of rows('RetailTransactionPaymentTrans').slice(0, 1)) p.amountCur = Math.round(((p.amountCur as number) - 10) * 100) / 100;
      break;
    case 'unknownItem':
      firstLine.itemId = '99999';
      break;
    case 'unknownTenderType':
      for (const p of rows('RetailTransactionPaymentTrans').slice(0, 1)) p.tenderType = '42';
      break;
    case 'unknownCurrency':
      header.currency = 'XBT';
      break;
    case 'shippingWithoutAddress':
      header.DlvMode ??= '99';
      t.RetailTransactionAddressTrans = [];
      break;
    case 'taxForMissingLine':
      rows('RetailTransactionTaxTrans').push({ ...(rows('RetailTransactionTaxTrans')[0] ?? { ...header }), SaleLineNum: 97, TaxCode: 'SALESTAX', Amount: 0 });
      break;
    case 'discountForMissingLine':
      rows('RetailTransactionDiscountTrans').push({
        ...firstLine, SaleLineNum: 98, LineNum: 1, DiscountOriginType: 'Manual', PeriodicDiscountOfferId: null, DiscountCode: null, Amount: 0, DiscountAmount: 0, Percentage: 0,
      });
      break;
    case 'dateMissing':
      delete header.transDate;
      break;
    case 'priceNotANumber':
      firstLine.price = 'forty-nine';
      break;
    case 'amountAsText':
      header.grossAmount = `${String(header.grossAmount)} USD`;
      break;
    case 'transactionIdMissing':
      delete header.transactionId;
      break;
  }
  return t;
}

/** A copy of a customer operation with one kind of bad data in it. */
export function withCustomerFault(op: ChannelCustomerOperation, fault: CustomerFault): Record<string, unknown> & Pick<ChannelCustomerOperation, 'operationId' | 'channelDatabaseId' | 'seq'> {
  const copy: Record<string, unknown> & ChannelCustomerOperation = structuredClone(op);
  switch (fault) {
    case 'cityMissing':
      delete (copy.values as Partial<typeof copy.values>).city;
      break;
    case 'nameNotText':
      (copy.values as unknown as Record<string, unknown>).name = 4711;
      break;
    case 'valuesMissing':
      delete (copy as Partial<ChannelCustomerOperation>).values;
      break;
  }
  return copy;
}
