/**
 * The eleven RetailTransaction* tables of seed 002 (REFERENCE.md §1), field by field: what each
 * field holds, its label in the UI, whether it is part of the key, and whether Synchronize orders
 * needs it. The zod schemas, the validation messages and the Edit and audit grids all derive from
 * these specs, so a field is described once.
 *
 * In this database every row carries the transaction's key under the same four names
 * (dataAreaId, store, terminal, transactionId); the real tables' casing differs per table
 * (`store`/`StoreId`), which the import maps.
 */
import type { RetailTransactionTableName } from '../db/retail-transaction-tables';

export type FieldKind = 'text' | 'number' | 'integer' | 'boolean' | 'date' | 'enum';

export interface FieldSpec {
  readonly label: string;
  readonly kind: FieldKind;
  /**
   * Must be there when the row enters HQ, and is never edited: the transaction's key, and what
   * decides how HQ treats it (its type). A row without it is set aside by P-0001.
   */
  readonly key?: true;
  /** Synchronize orders cannot make a sales order without it. */
  readonly required?: true;
  /** Shown but not editable in Edit and audit (identity, or what the job itself writes). */
  readonly readOnly?: true;
  readonly values?: readonly string[];
  /** Lower and upper bounds for numbers. */
  readonly min?: number;
  readonly max?: number;
}

/** RetailTransactionType, by name: every member of HQ's enum (REFERENCE.md §1 lists the integer each name is stored as). */
export const TRANSACTION_TYPES = [
  'Logoff', 'Logon', 'Sales', 'Payment', 'RemoveTender', 'FloatEntry', 'ChangeTender', 'TenderDeclaration', 'Voided', 'OpenDrawer',
  'NegativeAdjustment', 'PhysicalInventory', 'EndOfDay', 'EndOfShift', 'SalesOrder', 'SalesInvoice', 'BankDrop', 'SafeDrop', 'IncomeExpense',
  'CustomerOrder', 'StartingAmount', 'SuspendShift', 'BlindCloseShift', 'CloseShift', 'PrintX', 'PrintZ', 'ManagerAuthorize', 'PendingSalesOrder',
  'KitDisassembly', 'ResetPassword', 'ChangePassword', 'AsyncCustomerQuote', 'AsyncCustomerOrder', 'ForceDeleteShift', 'GiftCardInquiry',
  'SuspendedTransaction', 'AsyncOrderCancellation',
] as const;
export type RetailTransactionType = (typeof TRANSACTION_TYPES)[number];

/** RetailEntryStatus, every member (header entry status, line status). */
export const ENTRY_STATUSES = ['None', 'Voided', 'Posted', 'Concluded', 'Cancelled', 'OnHold', 'Training', 'PendingInvoice', 'CreatingOrder'] as const;

const keyFields = {
  dataAreaId: { label: 'Company', kind: 'text', key: true },
  store: { label: 'Store', kind: 'text', key: true },
  terminal: { label: 'Register number', kind: 'text', key: true },
  transactionId: { label: 'Transaction number', kind: 'text', key: true },
} as const satisfies Record<string, FieldSpec>;

/** Line tables also say where the row came from: the channel and the channel database's replication counter. */
const originFields = {
  Channel: { label: 'Channel', kind: 'text', readOnly: true },
  Origin: { label: 'Origin', kind: 'text', readOnly: true },
  replicationCounterFromOrigin: { label: 'Replication counter', kind: 'integer', readOnly: true },
} as const satisfies Record<string, FieldSpec>;

/** A line's number: needed, but editable, so a line numbered twice can be put right. */
const lineNumber = (label = 'Line number') => ({ label, kind: 'integer', required: true, min: 0 }) as const;
const saleLineRef = { label: 'Sales line number', kind: 'integer', required: true, min: 0 } as const;
const amount = (label: string) => ({ label, kind: 'number' }) as const;
const requiredAmount = (label: string) => ({ label, kind: 'number', required: true }) as const;

export const TRANSACTION_ENTITIES = {
  RetailTransactionTable: {
    label: 'Transaction',
    lineField: null,
    // How a row is named in messages: by its own line number, or by the sales line it belongs to
    // (with its own number beside it where several rows can belong to one sales line).
    designation: [],
    fields: {
      ...keyFields,
      Channel: { label: 'Channel', kind: 'text', readOnly: true },
      type: { label: 'Transaction type', kind: 'enum', values: TRANSACTION_TYPES, key: true },
      entryStatus: { label: 'Entry status', kind: 'enum', values: ENTRY_STATUSES },
      TransactionOrderType: { label: 'Order type', kind: 'text' },
      ChannelReferenceId: { label: 'Channel reference ID', kind: 'text' },
      receiptId: { label: 'Receipt number', kind: 'text' },
      custAccount: { label: 'Customer account', kind: 'text' },
      CustAccountAsync: { label: 'Async customer account', kind: 'text' },
      salesOrderId: { label: 'Sales order', kind: 'text', readOnly: true },
      transDate: { label: 'Date', kind: 'date', required: true },
      transTime: { label: 'Time', kind: 'integer', min: 0, max: 86_399 },
      businessDate: { label: 'Business date', kind: 'date' },
      staff: { label: 'Staff', kind: 'text' },
      shift: { label: 'Shift', kind: 'text' },
      currency: { label: 'Currency', kind: 'text', required: true },
      grossAmount: requiredAmount('Gross amount'),
      netAmount: amount('Net amount'),
      paymentAmount: amount('Payment amount'),
      discAmount: amount('Discount amount'),
      numberOfItemLines: { label: 'Number of item lines', kind: 'integer', min: 0 },
      numberOfPaymentLines: { label: 'Number of payment lines', kind: 'integer', min: 0 },
      DlvMode: { label: 'Mode of delivery', kind: 'text' },
      InventLocationId: { label: 'Warehouse', kind: 'text' },
      CreatedOffline: { label: 'Created offline', kind: 'boolean' },
      statementId: { label: 'Statement', kind: 'text' },
      comment: { label: 'Comment', kind: 'text' },
      Origin: originFields.Origin,
      replicationCounterFromOrigin: originFields.replicationCounterFromOrigin,
    },
  },
  RetailTransactionSalesTrans: {
    label: 'Sales transactions',
    lineField: 'lineNum',
    designation: [{ field: 'lineNum', noun: 'line' }],
    fields: {
      ...keyFields, lineNum: lineNumber(),
      itemId: { label: 'Item number', kind: 'text', required: true },
      variantId: { label: 'Variant', kind: 'text' },
      barcode: { label: 'Bar code', kind: 'text' },
      qty: { label: 'Quantity', kind: 'number', required: true },
      unit: { label: 'Unit', kind: 'text' },
      price: requiredAmount('Price'),
      netPrice: amount('Net price'),
      netAmount: requiredAmount('Net amount'),
      netAmountInclTax: amount('Net amount incl. tax'),
      taxAmount: amount('Tax amount'),
      taxGroup: { label: 'Sales tax group', kind: 'text' },
      TaxItemGroup: { label: 'Item sales tax group', kind: 'text' },
      discAmount: amount('Discount amount'),
      totalDiscAmount: amount('Total discount'),
      DlvMode: { label: 'Mode of delivery', kind: 'text' },
      InventLocationId: { label: 'Warehouse', kind: 'text' },
      transactionStatus: { label: 'Line status', kind: 'enum', values: ENTRY_STATUSES },
      returnTransactionId: { label: 'Return transaction', kind: 'text' },
      returnLineNum: { label: 'Return line', kind: 'integer', min: 0 },
      ...originFields,
    },
  },
  RetailTransactionPaymentTrans: {
    label: 'Payment transactions',
    lineField: 'lineNum',
    designation: [{ field: 'lineNum', noun: 'line' }],
    fields: {
      ...keyFields, lineNum: lineNumber(),
      tenderType: { label: 'Tender type', kind: 'text', required: true },
      cardTypeId: { label: 'Card type', kind: 'text' },
      cardOrAccount: { label: 'Card or account', kind: 'text' },
      amountTendered: amount('Amount tendered'),
      amountCur: requiredAmount('Amount'),
      currency: { label: 'Currency', kind: 'text', required: true },
      exchRate: { label: 'Exchange rate', kind: 'number', min: 0 },
      paymentAuthorization: { label: 'Authorization', kind: 'text' },
      IsPaymentCaptured: { label: 'Payment captured', kind: 'boolean' },
      AuthorizedAmount: amount('Authorized amount'),
      isPrepayment: { label: 'Prepayment', kind: 'boolean' },
      changeLine: { label: 'Change line', kind: 'boolean' },
      giftCardId: { label: 'Gift card number', kind: 'text' },
      transactionStatus: { label: 'Line status', kind: 'enum', values: ENTRY_STATUSES },
      ...originFields,
    },
  },
  RetailTransactionTaxTrans: {
    label: 'Tax transactions',
    lineField: 'SaleLineNum',
    designation: [{ field: 'SaleLineNum', noun: 'sales line' }],
    fields: {
      ...keyFields, SaleLineNum: saleLineRef,
      TaxCode: { label: 'Sales tax code', kind: 'text', required: true },
      Amount: requiredAmount('Tax amount'),
      TaxBaseAmount: amount('Tax base amount'),
      TaxPercentage: { label: 'Tax percentage', kind: 'number', min: 0, max: 100 },
      IsIncludedInPrice: { label: 'Included in price', kind: 'boolean' },
      IsExempt: { label: 'Exempt', kind: 'boolean' },
      ...originFields,
    },
  },
  RetailTransactionDiscountTrans: {
    label: 'Discount transactions',
    lineField: 'LineNum',
    designation: [{ field: 'SaleLineNum', noun: 'sales line' }, { field: 'LineNum', noun: 'discount line' }],
    fields: {
      ...keyFields, SaleLineNum: saleLineRef, LineNum: lineNumber(),
      DiscountOriginType: { label: 'Discount origin', kind: 'text' },
      PeriodicDiscountOfferId: { label: 'Discount offer', kind: 'text' },
      DiscountCode: { label: 'Discount code', kind: 'text' },
      Amount: amount('Amount'),
      DiscountAmount: requiredAmount('Discount amount'),
      Percentage: { label: 'Percentage', kind: 'number', min: 0, max: 100 },
      ...originFields,
    },
  },
  RetailTransactionMarkupTrans: {
    label: 'Charges transactions',
    lineField: 'markupLineNum',
    designation: [{ field: 'markupLineNum', noun: 'charge line' }],
    fields: {
      ...keyFields, markupLineNum: lineNumber('Charge line'),
      saleLineNum: { label: 'Sales line number', kind: 'integer', min: 0 },
      MarkupCode: { label: 'Charges code', kind: 'text', required: true },
      Method: { label: 'Charge method', kind: 'text' },
      Value: amount('Charges value'),
      CalculatedAmount: requiredAmount('Calculated amount'),
      CurrencyCode: { label: 'Currency', kind: 'text' },
      TaxGroup: { label: 'Sales tax group', kind: 'text' },
      TaxAmount: amount('Tax amount'),
      Description: { label: 'Description', kind: 'text' },
      ...originFields,
    },
  },
  RetailTransactionAddressTrans: {
    label: 'Address transactions',
    lineField: 'SaleLineNum',
    designation: [{ field: 'SaleLineNum', noun: 'sales line', zero: 'the whole order' }],
    fields: {
      ...keyFields, SaleLineNum: { label: 'Sales line number (0: the whole order)', kind: 'integer', required: true, min: 0 },
      DeliveryName: { label: 'Delivery name', kind: 'text' },
      Street: { label: 'Street', kind: 'text', required: true },
      StreetNumber: { label: 'Street number', kind: 'text' },
      City: { label: 'City', kind: 'text', required: true },
      County: { label: 'County', kind: 'text' },
      State: { label: 'State', kind: 'text' },
      ZipCode: { label: 'ZIP/postal code', kind: 'text', required: true },
      CountryRegionId: { label: 'Country/region', kind: 'text', required: true },
      Email: { label: 'E-mail', kind: 'text' },
      Phone: { label: 'Phone', kind: 'text' },
      ...originFields,
    },
  },
  RetailTransactionInfocodeTrans: {
    label: 'Info code transactions',
    lineField: 'lineNum',
    designation: [{ field: 'lineNum', noun: 'line' }],
    fields: {
      ...keyFields, lineNum: lineNumber(),
      parentLineNum: { label: 'Parent line', kind: 'integer', min: 0 },
      infocodeId: { label: 'Info code', kind: 'text', required: true },
      subInfocodeId: { label: 'Subcode', kind: 'text' },
      information: { label: 'Information', kind: 'text' },
      amount: amount('Amount'),
      inputType: { label: 'Input type', kind: 'text' },
      type: { label: 'Type', kind: 'text' },
      ...originFields,
    },
  },
  RetailTransactionAttributeTrans: {
    label: 'Attribute transactions',
    lineField: 'HeaderOrLineNum',
    designation: [{ field: 'HeaderOrLineNum', noun: 'sales line', zero: 'the header' }],
    fields: {
      ...keyFields,
      Name: { label: 'Attribute', kind: 'text', required: true },
      HeaderOrLineNum: { label: 'Header or line number', kind: 'integer', required: true, min: 0 },
      TextValue: { label: 'Value', kind: 'text' },
      ...originFields,
    },
  },
  RetailTransactionTaxMeasure: {
    label: 'Tax measures',
    lineField: 'SaleLineNum',
    designation: [{ field: 'SaleLineNum', noun: 'sales line' }],
    fields: {
      ...keyFields, SaleLineNum: saleLineRef,
      Path: { label: 'Path', kind: 'text', required: true },
      Value: { label: 'Value', kind: 'number', required: true },
      ...originFields,
    },
  },
  RetailTransactionTaxTransGTE: {
    label: 'GTE tax transactions',
    lineField: 'SaleLineNum',
    designation: [{ field: 'SaleLineNum', noun: 'sales line' }],
    fields: {
      ...keyFields, SaleLineNum: saleLineRef,
      TaxComponent: { label: 'Tax component', kind: 'text', required: true },
      TaxBasis: amount('Tax basis'),
      TaxPercentage: { label: 'Tax percentage', kind: 'number', min: 0, max: 100 },
      TaxAmount: requiredAmount('Tax amount'),
      IsIncludedInPrice: { label: 'Included in price', kind: 'boolean' },
      ...originFields,
    },
  },
} as const satisfies Record<RetailTransactionTableName, { label: string; lineField: string | null; designation: readonly { field: string; noun: string; zero?: string }[]; fields: Record<string, FieldSpec> }>;

export type EntityName = keyof typeof TRANSACTION_ENTITIES;
export const ENTITY_NAMES = Object.keys(TRANSACTION_ENTITIES) as EntityName[];
export type LineEntityName = Exclude<EntityName, 'RetailTransactionTable'>;
export const LINE_ENTITY_NAMES = ENTITY_NAMES.filter((e): e is LineEntityName => e !== 'RetailTransactionTable');

type Fields<E extends EntityName> = (typeof TRANSACTION_ENTITIES)[E]['fields'];
type ValueOf<S> = S extends { kind: 'number' | 'integer' } ? number
  : S extends { kind: 'boolean' } ? boolean
  : S extends { values: readonly (infer V)[] } ? V
  : string;
/** A stored row: key fields always hold a value; any other field may be empty (null) until someone fills it. */
export type EntityRow<E extends EntityName> = {
  -readonly [K in keyof Fields<E>]: Fields<E>[K] extends { key: true } ? ValueOf<Fields<E>[K]> : ValueOf<Fields<E>[K]> | null;
};
/** A line table's row in HQ has an id of its own, so a line can be edited even when its line number is wrong. */
export type LineRow<E extends LineEntityName> = EntityRow<E> & { id?: number };

export type RetailTransactionHeader = EntityRow<'RetailTransactionTable'>;
export type SalesTransLine = LineRow<'RetailTransactionSalesTrans'>;
export type PaymentTransLine = LineRow<'RetailTransactionPaymentTrans'>;
export type FieldValue = string | number | boolean | null;

export function fieldsOf(entity: EntityName): Readonly<Record<string, FieldSpec>> {
  return TRANSACTION_ENTITIES[entity].fields;
}

/** A transaction with the rows of all eleven tables: what a channel records and P-0001 uploads. */
export type TransactionBundle = { RetailTransactionTable: RetailTransactionHeader } & { [E in LineEntityName]: LineRow<E>[] };

/** The key of a transaction everywhere: DataAreaId + store + terminal + transactionId. */
export interface TransactionKey {
  dataAreaId: string;
  store: string;
  terminal: string;
  transactionId: string;
}
export type TransactionKeyTuple = [dataAreaId: string, store: string, terminal: string, transactionId: string];

export const keyTuple = (k: TransactionKey): TransactionKeyTuple => [k.dataAreaId, k.store, k.terminal, k.transactionId];
export const keyOf = (row: TransactionKey): TransactionKey =>
  ({ dataAreaId: row.dataAreaId, store: row.store, terminal: row.terminal, transactionId: row.transactionId });
// Only the separator and the escape character are escaped; all other text (even a lone surrogate
// a channel sent) goes through as it is, so this can never throw.
const escapePart = (part: string) => part.replace(/%/g, '%25').replace(/\//g, '%2F');
const unescapePart = (part: string) => part.replace(/%2F/gi, '/').replace(/%25/g, '%');

/** The key as people read it, and as deep links and selections carry it: company/store/register/number. */
export const keyText = (k: TransactionKey): string => [k.dataAreaId, k.store, k.terminal, k.transactionId].map(escapePart).join('/');
export function parseKeyText(text: string): TransactionKey | null {
  const parts = text.split('/').map(unescapePart);
  if (parts.length !== 4 || parts.some((p) => p === '')) return null;
  const [dataAreaId, store, terminal, transactionId] = parts as TransactionKeyTuple;
  return { dataAreaId, store, terminal, transactionId };
}
