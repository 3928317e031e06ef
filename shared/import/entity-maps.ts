import { ENTITY_NAMES, fieldsOf, type EntityName } from '../orders/transaction-entities';
import type { ImportedEntity } from './import-types';

/**
 * How each table is named in what an HQ exports, and how its fields are: the OData entity sets
 * (public names), the data management entity and its label, and the public field names that
 * differ from this database's own. Any field may also come under its own name (any case), so
 * what this app exports imports back. The exporter inverts these maps.
 */
export interface EntityMap {
  entity: ImportedEntity;
  label: string;
  odata: readonly string[];
  dmf: readonly string[];
  /** Public name → this database's field. */
  fields: Readonly<Record<string, string>>;
  /** OData navigation properties of RetailTransactionsAuditable that hold this table's rows. */
  navigation: readonly string[];
}

const KEY = { dataAreaId: 'dataAreaId', OperatingUnitNumber: 'store', StoreId: 'store', Terminal: 'terminal', TerminalId: 'terminal', TransactionNumber: 'transactionId', TransactionId: 'transactionId' };
const LINE = { LineNumber: 'lineNum' };

export const ENTITY_MAPS: readonly EntityMap[] = [
  {
    entity: 'RetailTransactionTable', label: 'Retail transactions', odata: ['RetailTransactions', 'RetailTransactionsAuditable'], dmf: ['RetailTransactionEntity', 'RetailTransactionTable'], navigation: [],
    fields: {
      ...KEY, ChannelReferenceId: 'ChannelReferenceId', ReceiptNumber: 'receiptId', CustomerAccount: 'custAccount', CustomerAccountAsync: 'CustAccountAsync',
      SalesOrderId: 'salesOrderId', TransactionType: 'type', EntryStatus: 'entryStatus', TransactionDate: 'transDate', TransactionTime: 'transTime',
      BusinessDate: 'businessDate', StaffId: 'staff', Staff: 'staff', Shift: 'shift', Currency: 'currency', GrossAmount: 'grossAmount', NetAmount: 'netAmount',
      PaymentAmount: 'paymentAmount', DiscountAmount: 'discAmount', NumberOfItemLines: 'numberOfItemLines', NumberOfPaymentLines: 'numberOfPaymentLines',
      ModeOfDelivery: 'DlvMode', Warehouse: 'InventLocationId', CreatedOffline: 'CreatedOffline', StatementId: 'statementId', Comment: 'comment', OrderType: 'TransactionOrderType',
    },
  },
  {
    entity: 'RetailTransactionSalesTrans', label: 'Retail transaction sales lines', odata: ['RetailTransactionSalesLinesV2', 'RetailTransactionSalesLines'],
    dmf: ['RetailTransactionSalesLineV2Entity', 'RetailTransactionSalesLineEntity', 'RetailTransactionSalesTrans'], navigation: ['SalesLines', 'RetailTransactionSalesLines'],
    fields: {
      ...KEY, ...LINE, ItemId: 'itemId', ItemVariantId: 'variantId', VariantId: 'variantId', Barcode: 'barcode', Quantity: 'qty', Unit: 'unit', Price: 'price', NetPrice: 'netPrice',
      NetAmount: 'netAmount', NetAmountInclusiveTax: 'netAmountInclTax', TaxAmount: 'taxAmount', SalesTaxGroup: 'taxGroup', ItemSalesTaxGroup: 'TaxItemGroup',
      DiscountAmount: 'discAmount', TotalDiscountAmount: 'totalDiscAmount', ModeOfDelivery: 'DlvMode', Warehouse: 'InventLocationId', LineStatus: 'transactionStatus',
      ReturnTransactionNumber: 'returnTransactionId', ReturnLineNumber: 'returnLineNum',
    },
  },
  {
    entity: 'RetailTransactionPaymentTrans', label: 'Retail transaction payment lines', odata: ['RetailTransactionPaymentLinesV2', 'RetailTransactionPaymentLines'],
    dmf: ['RetailTransactionPaymentLineV2Entity', 'RetailTransactionPaymentLineEntity', 'RetailTransactionPaymentTrans'], navigation: ['PaymentLines', 'RetailTransactionPaymentLines'],
    fields: {
      ...KEY, ...LINE, TenderType: 'tenderType', TenderTypeId: 'tenderType', CardTypeId: 'cardTypeId', CardOrAccount: 'cardOrAccount', AmountTendered: 'amountTendered',
      AmountInTenderedCurrency: 'amountCur', Currency: 'currency', ExchangeRate: 'exchRate', PaymentAuthorization: 'paymentAuthorization',
      IsPaymentCaptured: 'IsPaymentCaptured', AuthorizedAmount: 'AuthorizedAmount', IsPrepayment: 'isPrepayment', IsChangeLine: 'changeLine', GiftCardNumber: 'giftCardId',
      LineStatus: 'transactionStatus',
    },
  },
  {
    entity: 'RetailTransactionTaxTrans', label: 'Retail transaction tax lines', odata: ['RetailTransactionTaxLinesV2', 'RetailTransactionTaxLines'],
    dmf: ['RetailTransactionTaxLineV2Entity', 'RetailTransactionTaxTrans'], navigation: ['TaxLines', 'RetailTransactionTaxLines'],
    fields: { ...KEY, SalesLineNumber: 'SaleLineNum', SalesTaxCode: 'TaxCode', TaxAmount: 'Amount', TaxBaseAmount: 'TaxBaseAmount', TaxPercentage: 'TaxPercentage', IsIncludedInPrice: 'IsIncludedInPrice', IsExempt: 'IsExempt' },
  },
  {
    entity: 'RetailTransactionDiscountTrans', label: 'Retail transaction discount lines', odata: ['RetailTransactionDiscountLinesV2', 'RetailTransactionDiscountLines'],
    dmf: ['RetailTransactionDiscountLineV2Entity', 'RetailTransactionDiscountTrans'], navigation: ['DiscountLines', 'RetailTransactionDiscountLines'],
    fields: { ...KEY, SalesLineNumber: 'SaleLineNum', LineNumber: 'LineNum', DiscountOriginType: 'DiscountOriginType', PeriodicDiscountOfferId: 'PeriodicDiscountOfferId', DiscountCode: 'DiscountCode', DiscountAmount: 'DiscountAmount', Percentage: 'Percentage' },
  },
  {
    entity: 'RetailTransactionMarkupTrans', label: 'Retail transaction charge lines', odata: ['RetailTransactionChargeLinesV2', 'RetailTransactionChargeLines', 'RetailTransactionMarkupLines'],
    dmf: ['RetailTransactionChargeLineV2Entity', 'RetailTransactionMarkupTrans'], navigation: ['ChargeLines', 'MarkupLines', 'RetailTransactionChargeLines'],
    fields: { ...KEY, ChargeLineNumber: 'markupLineNum', SalesLineNumber: 'saleLineNum', ChargeCode: 'MarkupCode', ChargeMethod: 'Method', ChargeValue: 'Value', CalculatedAmount: 'CalculatedAmount', Currency: 'CurrencyCode', SalesTaxGroup: 'TaxGroup', TaxAmount: 'TaxAmount', Description: 'Description' },
  },
  {
    entity: 'RetailTransactionAddressTrans', label: 'Retail transaction addresses', odata: ['RetailTransactionAddresses', 'RetailTransactionAddressLines'],
    dmf: ['RetailTransactionAddressEntity', 'RetailTransactionAddressTrans'], navigation: ['Addresses', 'AddressLines', 'RetailTransactionAddresses'],
    fields: { ...KEY, SalesLineNumber: 'SaleLineNum', DeliveryName: 'DeliveryName', Street: 'Street', StreetNumber: 'StreetNumber', City: 'City', County: 'County', State: 'State', ZipCode: 'ZipCode', CountryRegionId: 'CountryRegionId', Email: 'Email', Phone: 'Phone' },
  },
  {
    entity: 'RetailTransactionInfocodeTrans', label: 'Retail transaction info codes', odata: ['RetailTransactionInfocodeLinesV2', 'RetailTransactionInfocodeLines'],
    dmf: ['RetailTransactionInfocodeLineV2Entity', 'RetailTransactionInfocodeTrans'], navigation: ['InfocodeLines', 'RetailTransactionInfocodeLines'],
    fields: { ...KEY, ...LINE, ParentLineNumber: 'parentLineNum', InfocodeId: 'infocodeId', SubInfocodeId: 'subInfocodeId', Information: 'information', Amount: 'amount', InputType: 'inputType', Type: 'type' },
  },
  {
    entity: 'RetailTransactionAttributeTrans', label: 'Retail transaction attributes', odata: ['RetailTransactionAttributes'],
    dmf: ['RetailTransactionAttributeEntity', 'RetailTransactionAttributeTrans'], navigation: ['Attributes', 'AttributeLines', 'RetailTransactionAttributes'],
    fields: { ...KEY, AttributeName: 'Name', Name: 'Name', TextValue: 'TextValue', HeaderOrLineNumber: 'HeaderOrLineNum' },
  },
  {
    entity: 'RetailTransactionTaxMeasure', label: 'Retail transaction tax measures', odata: ['RetailTransactionTaxMeasures'],
    dmf: ['RetailTransactionTaxMeasureEntity', 'RetailTransactionTaxMeasure'], navigation: ['TaxMeasures', 'RetailTransactionTaxMeasures'],
    fields: { ...KEY, SalesLineNumber: 'SaleLineNum', Path: 'Path', Value: 'Value' },
  },
  {
    entity: 'RetailTransactionTaxTransGTE', label: 'Retail transaction GTE tax lines', odata: ['RetailTransactionTaxLinesGTE'],
    dmf: ['RetailTransactionTaxTransGTEEntity', 'RetailTransactionTaxTransGTE'], navigation: ['TaxLinesGTE', 'RetailTransactionTaxLinesGTE'],
    fields: { ...KEY, SalesLineNumber: 'SaleLineNum', TaxComponent: 'TaxComponent', TaxBasis: 'TaxBasis', TaxPercentage: 'TaxPercentage', TaxAmount: 'TaxAmount', IsIncludedInPrice: 'IsIncludedInPrice' },
  },
  {
    entity: 'RetailTransactionOrderStatus', label: 'Retail transaction order status', odata: ['RetailTransactionOrderStatusBIEntities', 'RetailTransactionOrderStatuses'],
    dmf: ['RetailTransactionOrderStatusEntity', 'RetailTransactionOrderStatusBIEntity', 'RetailTransactionOrderStatus'], navigation: [],
    fields: {
      ...KEY, status: 'Status', AsynchronousOrderStatus: 'Status', errorDetail: 'ErrorDetail', retryCount: 'RetryCount', salesId: 'SalesId',
      lastEditUser: 'LastEditUser', manuallyModified: 'ManuallyModified', sysModifiedDateTime: 'modifieddatetime',
      // As RetailTransactionsAuditable carries the status on the header.
      OrderErrorDetails: 'ErrorDetail', OrderRetryCount: 'RetryCount', OrderLastEditUser: 'LastEditUser', OrderManuallyModified: 'ManuallyModified',
      OrderStatusModifiedDateTime: 'modifieddatetime', SalesOrderId: 'SalesId',
    },
  },
];

const STATUS_FIELDS = ['dataAreaId', 'store', 'terminal', 'transactionId', 'Status', 'ErrorDetail', 'RetryCount', 'SalesId', 'LastEditUser', 'ManuallyModified', 'modifieddatetime'];

/** This database's own fields of an entity: what every public name maps onto. */
export const ownFields = (entity: ImportedEntity): readonly string[] =>
  entity === 'RetailTransactionOrderStatus' ? STATUS_FIELDS : Object.keys(fieldsOf(entity as EntityName));

const lower = (s: string) => s.toLowerCase();

/** For each entity, every name a column may have (any case) → this database's field. */
const COLUMN_MAPS = new Map(ENTITY_MAPS.map((m) => {
  const map = new Map<string, string>(ownFields(m.entity).map((f) => [lower(f), f]));
  for (const [publicName, field] of Object.entries(m.fields)) map.set(lower(publicName), field);
  return [m.entity, map] as const;
}));

export const fieldFor = (entity: ImportedEntity, column: string): string | undefined => COLUMN_MAPS.get(entity)?.get(lower(column.trim()));

export const mapOf = (entity: ImportedEntity): EntityMap => ENTITY_MAPS.find((m) => m.entity === entity)!;

/** The entity an OData entity set, a DMF entity name or label, or a table name stands for. */
export function entityNamed(name: string): ImportedEntity | null {
  const n = lower(name.trim());
  const found = ENTITY_MAPS.find((m) => [m.label, m.entity, ...m.odata, ...m.dmf].some((candidate) => lower(candidate) === n));
  return found?.entity ?? null;
}

export const entityOfNavigation = (property: string): ImportedEntity | null =>
  ENTITY_MAPS.find((m) => m.navigation.some((n) => lower(n) === lower(property)) || lower(m.entity) === lower(property))?.entity ?? null;

/**
 * The entity whose fields the columns fit best, when nothing names it: every key column must be
 * there, and most of the columns must be its fields.
 */
export function entityOfColumns(columns: readonly string[]): ImportedEntity | null {
  let best: { entity: ImportedEntity; score: number } | null = null;
  for (const m of ENTITY_MAPS) {
    const mapped = new Set(columns.map((c) => fieldFor(m.entity, c)).filter((f): f is string => f !== undefined));
    if (!['store', 'terminal', 'transactionId'].every((k) => mapped.has(k))) continue;
    // Fields only this entity has count; the key fields every entity shares do not.
    const own = [...mapped].filter((f) => !['dataAreaId', 'store', 'terminal', 'transactionId', 'Channel', 'Origin', 'replicationCounterFromOrigin'].includes(f)).length;
    const score = own / Math.max(1, columns.length);
    if (own > 0 && (!best || score > best.score)) best = { entity: m.entity, score };
  }
  return best && best.score >= 0.3 ? best.entity : null;
}

export const IMPORTED_ENTITY_NAMES: readonly ImportedEntity[] = [...ENTITY_NAMES, 'RetailTransactionOrderStatus'];
