import type { PublicEntity } from './public-entity';

// Tax lines (RetailTransactionTaxTrans) in what HQ exports: one entity per OData entity set that fills it. See public-entity.ts
// for how to read a row. Every property of each set is listed, mapped to a field or kept as an other field.

/** RetailTransactionTaxLines. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionTaxLinesApi.ts and RetailTransactionTaxLines.ts).
 * Its label: public integration code that names the package's data file "Tax transactions.xml" after it; Microsoft's CDM has no schema of this entity.
 */
export const retailTransactionTaxLines: PublicEntity = {
  table: 'RetailTransactionTaxTrans', set: 'RetailTransactionTaxLines', entity: 'RetailTransactionTaxLineEntity', label: 'Tax transactions',
  key: ['dataAreaId', 'Terminal', 'TransactionNumber', 'SalesLineNumber', 'TaxCode', 'OperatingUnitNumber'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['Terminal', 'String', 'terminal'],
    ['TransactionNumber', 'String', 'transactionId'],
    ['SalesLineNumber', 'Decimal', 'SaleLineNum'],
    ['TaxCode', 'String', 'TaxCode'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['TaxAmount', 'Decimal', 'Amount'],
    ['TaxPercentage', 'Decimal', 'TaxPercentage'],
    ['IsTaxIncludedInPrice', 'NoYes', 'IsIncludedInPrice'],
    ['IsExempt', 'NoYes', 'IsExempt'],
  ],
};

/** RetailTransactionAuditableTaxLines. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionAuditableTaxLinesApi.ts and RetailTransactionAuditableTaxLines.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionAuditableTaxLines: PublicEntity = {
  table: 'RetailTransactionTaxTrans', set: 'RetailTransactionAuditableTaxLines', entity: null, label: null, storeNumber: 'StoreNumber',
  key: ['dataAreaId', 'OperatingUnitNumber', 'RegisterNumber', 'StoreNumber', 'TransactionId', 'SalesLineNumber', 'TaxCode'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['RegisterNumber', 'String', 'terminal'],
    ['StoreNumber', 'String'],
    ['TransactionId', 'String', 'transactionId'],
    ['SalesLineNumber', 'Decimal', 'SaleLineNum'],
    ['TaxCode', 'String', 'TaxCode'],
    ['Amount', 'Decimal', 'Amount'],
    ['TaxPercentage', 'Decimal', 'TaxPercentage'],
    ['IsIncludedInPrice', 'NoYes', 'IsIncludedInPrice'],
    ['IsExempt', 'NoYes', 'IsExempt'],
    ['HeaderAsynchronousOrderStatus', 'RetailTransactionOrderStatusType'],
    ['HeaderStatementNumber', 'String'],
    ['HeaderStoreNumber', 'String'],
    ['HeaderTransactionType', 'RetailTransactionType'],
    ['HeaderValidationStatus', 'RetailTransactionValidationStatus'],
  ],
};

/** RetailTransactionTaxTransBIEntities. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionTaxTransBiEntitiesApi.ts and RetailTransactionTaxTransBiEntities.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionTaxTransBiEntities: PublicEntity = {
  table: 'RetailTransactionTaxTrans', set: 'RetailTransactionTaxTransBIEntities', entity: null, label: null,
  key: ['dataAreaId', 'TerminalId', 'StoreId', 'TransactionId', 'SaleLineNum', 'TaxCode'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['TerminalId', 'String', 'terminal'],
    ['StoreId', 'String', 'store'],
    ['TransactionId', 'String', 'transactionId'],
    ['SaleLineNum', 'Decimal', 'SaleLineNum'],
    ['TaxCode', 'String', 'TaxCode'],
    ['Amount', 'Decimal', 'Amount'],
    ['TaxBaseAmount', 'Decimal', 'TaxBaseAmount'],
    ['TaxPercentage', 'Decimal', 'TaxPercentage'],
    ['IsIncludedInPrice', 'NoYes', 'IsIncludedInPrice'],
    ['IsExempt', 'NoYes', 'IsExempt'],
    ['Origin', 'String', 'Origin'],
    ['replicationCounterFromOrigin', 'Int32', 'replicationCounterFromOrigin'],
    ['SourceKey', 'Int64'],
    ['SysDataAreaId', 'String'],
  ],
};
