import type { Transaction } from 'dexie';
import type { V1ChannelTransaction, V1HqTransaction, V1PaymentMethod, V1SalesOrder, V1SalesOrderPayment } from './v1-transactions';

/*
 * Frozen: everything the version 2 upgrade needs, as it was at version 2 (the transaction builder,
 * the order status a transaction starts with, the demo's master data), written out here so that
 * a later change to the code it was copied from cannot change what an old database becomes.
 * Rows are plain records: this is the shape version 2 wrote, not today's types.
 */

type Row = Record<string, unknown>;
interface TransactionKey {
  dataAreaId: string;
  store: string;
  terminal: string;
  transactionId: string;
}
const LINE_TABLES = [
  'RetailTransactionSalesTrans', 'RetailTransactionPaymentTrans', 'RetailTransactionTaxTrans', 'RetailTransactionDiscountTrans',
  'RetailTransactionMarkupTrans', 'RetailTransactionAddressTrans', 'RetailTransactionInfocodeTrans', 'RetailTransactionAttributeTrans',
  'RetailTransactionTaxMeasure', 'RetailTransactionTaxTransGTE',
] as const;
type Bundle = { RetailTransactionTable: Row } & Record<(typeof LINE_TABLES)[number], Row[]>;

const DATA_AREA_ID = 'usrt';
const TAX_RATE_PERCENT = 8;
const TENDER = { cash: '1', card: '3', customerAccount: '4', giftCard: '7' } as const;
const ITEMS = [
  { itemId: '81113', name: 'Brown leather belt', price: 49 },
  { itemId: '81120', name: 'Casual sneakers', price: 89.5 },
  { itemId: '82001', name: 'Silver watch', price: 219 },
  { itemId: '91013', name: 'Wool scarf', price: 25 },
  { itemId: '91024', name: 'Denim jacket', price: 110 },
  { itemId: '92010', name: 'Aviator sunglasses', price: 135 },
  { itemId: '93004', name: 'Canvas backpack', price: 72 },
  { itemId: '94112', name: 'Running socks (3 pairs)', price: 15 },
];
const TENDER_TYPES = [
  { tenderTypeId: '1', name: 'Cash', method: 'cash' },
  { tenderTypeId: '2', name: 'Check', method: 'check' },
  { tenderTypeId: '3', name: 'Cards', method: 'card' },
  { tenderTypeId: '4', name: 'Customer account', method: 'customerAccount' },
  { tenderTypeId: '7', name: 'Gift card', method: 'giftCard' },
];
const CURRENCIES = [
  { code: 'USD', name: 'US dollar' }, { code: 'NOK', name: 'Norwegian krone' }, { code: 'SEK', name: 'Swedish krona' }, { code: 'EUR', name: 'Euro' },
];

/** A transaction as a person would describe it; buildTransaction writes the rows HQ's eleven tables hold for it. */
interface TransactionSketch {
  key: TransactionKey;
  channelDatabaseId: string;
  seq: number;
  type: 'Sales' | 'CustomerOrder';
  channelReferenceId: string | null;
  receiptId: string | null;
  custAccount: string | null;
  custAccountAsync: string | null;
  at: Date;
  currency: string;
  lines: { itemId: string; qty: number; price: number; discountPercent?: number }[];
  infocodes?: { infocodeId: string; information: string }[];
  payments: { tenderType: string; cardTypeId: string | null; amount?: number }[];
  charges: { code: string; amount: number }[];
  taxPercent: number;
  taxAmount?: number;
  delivery: { dlvMode: string; name: string; street: string; city: string; zipCode: string; countryRegionId: string } | null;
}

const round2 = (value: number): number => Math.round(value * 100) / 100;
const timeOfDay = (at: Date): number => at.getUTCHours() * 3600 + at.getUTCMinutes() * 60 + at.getUTCSeconds();

/**
 * The rows of one transaction in the eleven RetailTransaction* tables: header, sales lines, their
 * tax, charges, payments and the delivery address. Tax is rounded on the total, as the register
 * does, and the last line absorbs the rounding so the lines add up to the header.
 */
function buildTransaction(s: TransactionSketch): Bundle {
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
      ...s.key, Channel: s.key.store, type: s.type, entryStatus: 'Concluded', TransactionOrderType: s.type === 'CustomerOrder' ? 'CustomerOrder' : null,
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

/** The order status a transaction started with at version 2: Synchronize orders' kind of it, and its date and time as one sortable text. */
function newOrderStatus(header: Row, channelKind: 'online' | 'pos', uploadedAt: string): Row {
  const orderKind = channelKind === 'online' ? 'eCommerce' : header.type === 'CustomerOrder' ? 'customerOrder' : header.type === 'Sales' ? 'cashAndCarry' : 'other';
  const seconds = (header.transTime as number | null) ?? 0;
  const hms = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
  return {
    dataAreaId: header.dataAreaId, store: header.store, terminal: header.terminal, transactionId: header.transactionId,
    Status: 'None', ErrorDetail: null, RetryCount: 0, SalesId: null, ManuallyModified: false, LastEditUser: null,
    PutOnHold: false, modifieddatetime: null, statusBeforeEditing: null,
    channelKind, orderKind, sortKey: header.transDate ? `${String(header.transDate)}T${hms}` : '', uploadedAt,
  };
}

const cents = (value: number) => Math.round(value) / 100;
const TENDER_OF: Record<V1PaymentMethod, string> = TENDER;

/** Version 1 ids read "<store>-<register>-<number>": the register becomes the terminal of the key. */
function keyOfV1(transactionId: string, storeId: string): TransactionKey {
  const terminal = transactionId.startsWith(`${storeId}-`) ? transactionId.slice(storeId.length + 1).split('-')[0] : undefined;
  return { dataAreaId: DATA_AREA_ID, store: storeId, terminal: terminal || 'UNKNOWN', transactionId };
}

/**
 * A version 1 transaction's rows in the eleven tables. Version 1 made a sales order of every
 * transaction, so its register transactions become customer orders (which Synchronize orders
 * takes), not cash-and-carry sales; amounts move from cents to the currency's units.
 */
function bundleOfV1(t: Omit<V1ChannelTransaction, 'seq'>, seq: number): Bundle {
  const asyncAccount = t.customerAccount?.startsWith('ASYNC-') ? t.customerAccount : null;
  return buildTransaction({
    key: keyOfV1(t.transactionId, t.storeId), channelDatabaseId: t.channelDatabaseId, seq,
    type: t.kind === 'online' ? 'Sales' : 'CustomerOrder', channelReferenceId: t.channelReferenceId, receiptId: t.receiptNumber,
    custAccount: asyncAccount ? null : t.customerAccount, custAccountAsync: asyncAccount, at: new Date(t.transDate), currency: t.currency,
    lines: t.lines.map((l) => ({ itemId: l.itemId, qty: l.quantity, price: cents(l.unitPrice) })),
    payments: t.payments.map((p) => ({ tenderType: TENDER_OF[p.method], cardTypeId: p.cardType, amount: cents(p.amount) })),
    charges: t.charges.map((c) => ({ code: c.code, amount: cents(c.amount) })),
    taxPercent: TAX_RATE_PERCENT, taxAmount: cents(t.taxAmount), delivery: null,
  });
}

/**
 * Version 1 kept only the last attempt's time, outcome and error, and how many came before it.
 * The log gets that many attempts, so Retry count still agrees with it: the earlier ones say
 * plainly that their details were not kept.
 */
function attemptsOfV1(t: V1HqTransaction, key: TransactionKey): Row[] {
  if (t.syncModifiedAt === null) return [];
  const earlier: Row[] = Array.from({ length: t.retryCount }, () => ({
    ...key, at: t.syncModifiedAt!, trigger: 'job', runId: null, outcome: 'Failed', message: 'An attempt made before the upgrade to version 2; its time and details were not kept.',
  }));
  const last: Row = {
    ...key, at: t.syncModifiedAt, trigger: 'job', runId: null, outcome: t.pendingOrderStatus === 'Succeeded' ? 'Succeeded' : 'Failed',
    message: t.pendingOrderStatus === 'Succeeded' ? t.salesOrderId : t.orderErrorDetails,
  };
  return [...earlier, last];
}

/** The version 2 upgrade: every version 1 transaction, channel transaction and sales order moves into HQ's tables, nothing left behind. */
export async function upgradeToRetailTables(tx: Transaction): Promise<void> {
  const stores = new Map((await tx.table<{ id: string }, string>('stores').toArray()).map((s) => [s.id, s]));
  if (stores.size > 0) {
    // The demo HQ gains the master data version 2 checks orders against.
    await tx.table('items').bulkPut(ITEMS);
    await tx.table('tenderTypes').bulkPut(TENDER_TYPES);
    await tx.table('currencies').bulkPut(CURRENCIES);
  }
  const channel = await tx.table<V1ChannelTransaction>('channelTransactions').toArray();
  const seqOf = new Map(channel.map((t) => [t.transactionId, t.seq]));
  await tx.table('channelTransactionRecords').bulkAdd(channel.map((t) => ({
    channelDatabaseId: t.channelDatabaseId, seq: t.seq, tables: bundleOfV1(t, t.seq),
  })));

  const keys = new Map<string, TransactionKey>();
  const currencyOf = new Map<string, string>();
  for (const t of await tx.table<V1HqTransaction>('transactions').toArray()) {
    currencyOf.set(t.transactionId, t.currency);
    const bundle = bundleOfV1(t, seqOf.get(t.transactionId) ?? 0);
    const header = { ...bundle.RetailTransactionTable, salesOrderId: t.salesOrderId };
    keys.set(t.transactionId, keyOfV1(t.transactionId, t.storeId));
    await tx.table('RetailTransactionTable').add(header);
    for (const entity of LINE_TABLES) if (bundle[entity].length) await tx.table(entity).bulkAdd(bundle[entity]);
    const status: Row = {
      ...newOrderStatus(header, t.kind, t.uploadedAt),
      Status: t.pendingOrderStatus, ErrorDetail: t.orderErrorDetails, RetryCount: t.retryCount, SalesId: t.salesOrderId, modifieddatetime: t.syncModifiedAt,
    };
    await tx.table('RetailTransactionOrderStatus').add(status);
    await tx.table('orderSyncLog').bulkAdd(attemptsOfV1(t, keyOfV1(t.transactionId, t.storeId)));
  }
  const keyFor = (transactionId: string, storeId?: string) => keys.get(transactionId) ?? keyOfV1(transactionId, storeId ?? '');
  await tx.table<V1SalesOrder | Row>('salesOrders').toCollection().modify((order) => {
    const old = order as V1SalesOrder;
    const next: Row = {
      ...keyFor(old.transactionId, old.storeId), salesOrderId: old.salesOrderId, channelReferenceId: old.channelReferenceId,
      customerAccount: old.customerAccount, orderDate: old.orderDate.slice(0, 10), currency: currencyOf.get(old.transactionId) ?? 'USD',
      amount: cents(old.amount), createdAt: old.createdAt,
      lines: old.lines.map((l) => ({ lineNum: l.lineNumber, itemId: l.itemId, qty: l.quantity, price: cents(l.unitPrice), netAmount: cents(l.amount) })),
    };
    for (const field of Object.keys(order)) delete (order as unknown as Record<string, unknown>)[field];
    Object.assign(order, next);
  });
  await tx.table<V1SalesOrderPayment | Row>('salesOrderPayments').toCollection().modify((payment) => {
    const old = payment as V1SalesOrderPayment;
    const next: Row = {
      ...keyFor(old.transactionId), id: old.id, salesOrderId: old.salesOrderId, tenderType: TENDER_OF[old.method], amount: cents(old.amount), paymentServiceId: old.paymentServiceId,
    };
    for (const field of Object.keys(payment)) delete (payment as unknown as Record<string, unknown>)[field];
    Object.assign(payment, next);
  });
  await tx.table('uploadSessions').toCollection().modify((session: { setAside?: number }) => void (session.setAside ??= 0));
}
