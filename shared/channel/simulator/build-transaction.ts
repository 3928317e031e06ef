import type { RetailTransactionType, TransactionBundle, TransactionKey } from '../../orders/transaction-entities';

/** A transaction as a person would describe it; buildTransaction writes the rows HQ's eleven tables hold for it. */
export interface TransactionSketch {
  key: TransactionKey;
  channelDatabaseId: string;
  seq: number;
  type: RetailTransactionType;
  channelReferenceId: string | null;
  receiptId: string | null;
  custAccount: string | null;
  custAccountAsync: string | null;
  at: Date;
  currency: string;
  /** Quantities sold (positive here; the rows store them negative, as HQ does), with any periodic discount in percent. */
  lines: { itemId: string; qty: number; price: number; discountPercent?: number }[];
  /** Info codes the register asked for (e.g. a customer satisfaction score). */
  infocodes?: { infocodeId: string; information: string }[];
  /** Each payment's tender type; the first pays the whole amount due unless an amount is given. */
  payments: { tenderType: string; cardTypeId: string | null; amount?: number }[];
  charges: { code: string; amount: number }[];
  taxPercent: number;
  /** The tax the register computed, when it is known already (else taxPercent of the net amount, rounded). */
  taxAmount?: number;
  /** Mode of delivery and address of an order that ships; null for a sale carried out of the store. */
  delivery: { dlvMode: string; name: string; street: string; city: string; zipCode: string; countryRegionId: string } | null;
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;
const timeOfDay = (at: Date): number => at.getUTCHours() * 3600 + at.getUTCMinutes() * 60 + at.getUTCSeconds();

/**
 * The rows of one transaction in the eleven RetailTransaction* tables: header, sales lines, their
 * tax, charges, payments and the delivery address. Tax is rounded on the total, as the register
 * does, and the last line absorbs the rounding so the lines add up to the header.
 */
export function buildTransaction(s: TransactionSketch): TransactionBundle {
  const origin = { Channel: s.key.store, Origin: s.channelDatabaseId, replicationCounterFromOrigin: s.seq };
  const row = { ...s.key, ...origin };
  const discounts = s.lines.map((l) => round2((l.qty * l.price * (l.discountPercent ?? 0)) / 100));
  const lineNets = s.lines.map((l, i) => round2(l.qty * l.price - discounts[i]!));
  const net = round2(lineNets.reduce((sum, n) => sum + n, 0));
  const discount = round2(discounts.reduce((sum, d) => sum + d, 0));
  const tax = s.taxAmount ?? round2((net * s.taxPercent) / 100);
  const lineTaxes = lineNets.map((n) => round2((n * s.taxPercent) / 100));
  if (lineTaxes.length > 0) lineTaxes[lineTaxes.length - 1] = round2(tax - lineTaxes.slice(0, -1).reduce((a, b) => a + b, 0));
  const charges = round2(s.charges.reduce((sum, c) => sum + c.amount, 0));
  const gross = round2(net + tax + charges);
  const date = s.at.toISOString().slice(0, 10);

  return {
    RetailTransactionTable: {
      ...s.key, Channel: s.key.store, type: s.type, entryStatus: 'Concluded', TransactionOrderType: s.type === 'CustomerOrder' ? 'SalesOrder' : null,
      ChannelReferenceId: s.channelReferenceId, receiptId: s.receiptId, custAccount: s.custAccount, CustAccountAsync: s.custAccountAsync,
      salesOrderId: null, transDate: date, transTime: timeOfDay(s.at), businessDate: date, staff: s.receiptId ? '000160' : null, shift: null,
      currency: s.currency, grossAmount: gross, netAmount: net, paymentAmount: gross, discAmount: discount,
      numberOfItemLines: s.lines.length, numberOfPaymentLines: s.payments.length, DlvMode: s.delivery?.dlvMode ?? null,
      InventLocationId: s.delivery ? 'WH-CENTRAL' : null, CreatedOffline: false, statementId: null, comment: null,
      Origin: s.channelDatabaseId, replicationCounterFromOrigin: s.seq,
    },
    RetailTransactionSalesTrans: s.lines.map((l, i) => ({
      ...row, lineNum: i + 1, itemId: l.itemId, variantId: null, barcode: null, qty: -l.qty, unit: 'ea', price: l.price,
      netPrice: round2(lineNets[i]! / l.qty), netAmount: lineNets[i]!, netAmountInclTax: round2(lineNets[i]! + lineTaxes[i]!), taxAmount: lineTaxes[i]!,
      taxGroup: 'AllTax', TaxItemGroup: 'Full', discAmount: discounts[i]!, totalDiscAmount: discounts[i]!, DlvMode: s.delivery?.dlvMode ?? null,
      InventLocationId: s.delivery ? 'WH-CENTRAL' : null, transactionStatus: 'None', returnTransactionId: null, returnLineNum: null,
    })),
    RetailTransactionTaxTrans: s.lines.map((_, i) => ({
      ...row, SaleLineNum: i + 1, TaxCode: 'SALESTAX', Amount: lineTaxes[i]!, TaxBaseAmount: lineNets[i]!,
      TaxPercentage: s.taxPercent, IsIncludedInPrice: false, IsExempt: false,
    })),
    RetailTransactionPaymentTrans: s.payments.map((p, i) => {
      const amount = p.amount ?? round2(gross - s.payments.slice(1).reduce((sum, q) => sum + (q.amount ?? 0), 0));
      return {
        ...row, lineNum: i + 1, tenderType: p.tenderType, cardTypeId: p.cardTypeId, cardOrAccount: p.cardTypeId ? '************4242' : s.custAccount,
        amountTendered: amount, amountCur: amount, currency: s.currency, exchRate: 100, paymentAuthorization: p.cardTypeId ? `AUTH-${s.key.transactionId}` : null,
        IsPaymentCaptured: p.cardTypeId !== null, AuthorizedAmount: p.cardTypeId ? amount : null, isPrepayment: s.delivery !== null,
        changeLine: false, giftCardId: null, transactionStatus: 'None',
      };
    }),
    RetailTransactionMarkupTrans: s.charges.map((c, i) => ({
      ...row, markupLineNum: i + 1, saleLineNum: 0, MarkupCode: c.code, Method: 'Fixed', Value: c.amount, CalculatedAmount: c.amount,
      CurrencyCode: s.currency, TaxGroup: null, TaxAmount: 0, Description: 'Freight',
    })),
    RetailTransactionAddressTrans: s.delivery ? [{
      ...row, SaleLineNum: 0, DeliveryName: s.delivery.name, Street: s.delivery.street, StreetNumber: null, City: s.delivery.city,
      County: null, State: null, ZipCode: s.delivery.zipCode, CountryRegionId: s.delivery.countryRegionId, Email: null, Phone: null,
    }] : [],
    RetailTransactionDiscountTrans: s.lines.flatMap((l, i) => (l.discountPercent ? [{
      ...row, SaleLineNum: i + 1, LineNum: 1, DiscountOriginType: 'Periodic', PeriodicDiscountOfferId: 'ST100001', DiscountCode: null,
      Amount: discounts[i]!, DiscountAmount: discounts[i]!, Percentage: l.discountPercent,
    }] : [])),
    RetailTransactionInfocodeTrans: (s.infocodes ?? []).map((c, i) => ({
      ...row, lineNum: i + 1, parentLineNum: 0, infocodeId: c.infocodeId, subInfocodeId: null, information: c.information, amount: null, inputType: 'Text', type: 'Header',
    })),
    RetailTransactionAttributeTrans: s.channelReferenceId ? [{ ...row, Name: 'ConfirmationNumber', HeaderOrLineNum: 0, TextValue: s.channelReferenceId }] : [],
    // The taxable basis of each line as the tax engine measured it.
    RetailTransactionTaxMeasure: s.lines.map((_, i) => ({ ...row, SaleLineNum: i + 1, Path: 'SALESTAX/TaxableBasis', Value: lineNets[i]! })),
    // Goods and services tax components (India): a US company such as USRT records none.
    RetailTransactionTaxTransGTE: [],
  };
}
