import type { PublicEntity } from './public-entity';

// Charge lines (RetailTransactionMarkupTrans) in what HQ exports: one entity per OData entity set that fills it. See public-entity.ts
// for how to read a row. Every property of each set is listed, mapped to a field or kept as an other field.

/** RetailTransactionMarkupLines. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionMarkupLinesApi.ts and RetailTransactionMarkupLines.ts).
 * Its label and its package-only fields: Microsoft's CDM schema of the data entity (microsoft/CDM, schemaDocuments/core/operationsCommon/Entities/Commerce/TransactionsAndOrders/RetailTransactionMarkupLineEntity.cdm.json).
 */
export const retailTransactionMarkupLines: PublicEntity = {
  table: 'RetailTransactionMarkupTrans', set: 'RetailTransactionMarkupLines', entity: 'RetailTransactionMarkupLineEntity', label: 'Retail Transaction charges', storeNumber: 'Store',
  key: ['dataAreaId', 'SalesLineNumber', 'TransactionNumber', 'Terminal', 'LineNumber', 'OperatingUnitNumber'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['SalesLineNumber', 'Decimal', 'saleLineNum'],
    ['TransactionNumber', 'String', 'transactionId'],
    ['Terminal', 'String', 'terminal'],
    ['LineNumber', 'Decimal', 'markupLineNum'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['MarkupCode', 'String', 'MarkupCode'],
    ['MarkupCategoryType', 'MarkupCategory', 'Method'],
    ['MarkupValue', 'Decimal', 'Value'],
    ['CalculatedAmount', 'Decimal', 'CalculatedAmount'],
    ['CurrencyCode', 'String', 'CurrencyCode'],
    ['SalesTaxGroup', 'String', 'TaxGroup'],
    ['TaxAmount', 'Decimal', 'TaxAmount'],
    ['Exempt', 'NoYes'],
    ['HSNCode', 'String'],
    ['IsOverriddenLine', 'NoYes'],
    ['ITCCategory', 'ItcCategoryIn'],
    ['ItemTaxGroup', 'String'],
    ['Keep', 'NoYes'],
    ['MarkupAutoTableRecId', 'Int64'],
    ['ModuleType', 'MarkupModuleType'],
    ['NonGST', 'NoYes'],
    ['ServiceAccountingCode', 'String'],
    ['ServiceCategory', 'ServiceCategoryIn'],
    ['Store', 'String'],
    ['TaxAmountExclusive', 'Decimal'],
    ['TaxAmountInclusive', 'Decimal'],
    ['TaxExemptPriceInclusiveOriginalPrice', 'Decimal'],
    ['TaxExemptPriceInclusiveReductionAmount', 'Decimal'],
    ['TaxRateType', 'String'],
  ],
  packageOnly: [
    ['Channel', 'String', 'Channel'],
    ['RetailChannelTableOMOperatingUnitID', 'String'],
  ],
};

/** RetailTransactionAuditableChargeLines. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionAuditableChargeLinesApi.ts and RetailTransactionAuditableChargeLines.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionAuditableChargeLines: PublicEntity = {
  table: 'RetailTransactionMarkupTrans', set: 'RetailTransactionAuditableChargeLines', entity: null, label: null, storeNumber: 'StoreNumber',
  key: ['dataAreaId', 'OperatingUnitNumber', 'StoreNumber', 'RegisterNumber', 'TransactionId', 'SalesLineNumber', 'LineNumber'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['StoreNumber', 'String'],
    ['RegisterNumber', 'String', 'terminal'],
    ['TransactionId', 'String', 'transactionId'],
    ['SalesLineNumber', 'Decimal', 'saleLineNum'],
    ['LineNumber', 'Decimal', 'markupLineNum'],
    ['ChargesCode', 'String', 'MarkupCode'],
    ['CategoryType', 'MarkupCategory', 'Method'],
    ['ChargesValue', 'Decimal', 'Value'],
    ['CalculatedAmount', 'Decimal', 'CalculatedAmount'],
    ['Currency', 'String', 'CurrencyCode'],
    ['SalesTaxGroup', 'String', 'TaxGroup'],
    ['SalesTaxAmount', 'Decimal', 'TaxAmount'],
    ['ExclusiveTaxAmount', 'Decimal'],
    ['HeaderAsynchronousOrderStatus', 'RetailTransactionOrderStatusType'],
    ['HeaderStatementNumber', 'String'],
    ['HeaderStoreNumber', 'String'],
    ['HeaderTransactionType', 'RetailTransactionType'],
    ['HeaderValidationStatus', 'RetailTransactionValidationStatus'],
    ['InclusiveTaxAmount', 'Decimal'],
    ['ItemSalesTaxGroup', 'String'],
    ['Keep', 'NoYes'],
    ['ModuleType', 'MarkupModuleType'],
    ['TaxExemptPriceInclusiveOriginalPrice', 'Decimal'],
    ['TaxExemptPriceInclusiveReductionAmount', 'Decimal'],
  ],
};

/** RetailTransactionMarkupTransBIEntities. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionMarkupTransBiEntitiesApi.ts and RetailTransactionMarkupTransBiEntities.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionMarkupTransBiEntities: PublicEntity = {
  table: 'RetailTransactionMarkupTrans', set: 'RetailTransactionMarkupTransBIEntities', entity: null, label: null,
  key: ['dataAreaId', 'store', 'terminalId', 'transactionId', 'saleLineNum', 'markupLineNum'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['store', 'String', 'store'],
    ['terminalId', 'String', 'terminal'],
    ['transactionId', 'String', 'transactionId'],
    ['saleLineNum', 'Decimal', 'saleLineNum'],
    ['markupLineNum', 'Decimal', 'markupLineNum'],
    ['MarkupCode', 'String', 'MarkupCode'],
    ['Method', 'MarkupCategory', 'Method'],
    ['Value', 'Decimal', 'Value'],
    ['CalculatedAmount', 'Decimal', 'CalculatedAmount'],
    ['CurrencyCode', 'String', 'CurrencyCode'],
    ['TaxGroup', 'String', 'TaxGroup'],
    ['TaxAmount', 'Decimal', 'TaxAmount'],
    ['Description', 'String', 'Description'],
    ['Origin', 'String', 'Origin'],
    ['replicationCounterFromOrigin', 'Int32', 'replicationCounterFromOrigin'],
    ['Exempt_IN', 'NoYes'],
    ['HSNCode_IN', 'String'],
    ['IsOverriddenLine', 'NoYes'],
    ['ITCCategory_IN', 'ItcCategoryIn'],
    ['Keep', 'NoYes'],
    ['ModuleType', 'MarkupModuleType'],
    ['NonGST_IN', 'NoYes'],
    ['ServiceAccountingCode_IN', 'String'],
    ['ServiceCategory_IN', 'ServiceCategoryIn'],
    ['SourceKey', 'Int64'],
    ['SysDataAreaId', 'String'],
    ['TaxAmountExclusive', 'Decimal'],
    ['TaxAmountInclusive', 'Decimal'],
    ['TaxExemptPriceInclusiveOriginalPrice', 'Decimal'],
    ['TaxExemptPriceInclusiveReductionAmount', 'Decimal'],
    ['TaxItemGroup', 'String'],
    ['TaxRateType', 'String'],
  ],
};
