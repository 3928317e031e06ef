import type { PublicEntity } from './public-entity';

// GTE tax lines (RetailTransactionTaxTransGTE) in what HQ exports: one entity per OData entity set that fills it. See public-entity.ts
// for how to read a row. Every property of each set is listed, mapped to a field or kept as an other field.

/** RetailTransactionGTETaxLines. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionGteTaxLinesApi.ts and RetailTransactionGteTaxLines.ts).
 * Its label and its package-only fields: Microsoft's CDM schema of the data entity (microsoft/CDM, schemaDocuments/core/operationsCommon/Entities/Commerce/TransactionsAndOrders/RetailTransactionGTETaxLineEntity.cdm.json).
 */
export const retailTransactionGteTaxLines: PublicEntity = {
  table: 'RetailTransactionTaxTransGTE', set: 'RetailTransactionGTETaxLines', entity: 'RetailTransactionGTETaxLineEntity', label: 'GTE tax transaction',
  key: ['dataAreaId', 'Terminal', 'TransactionNumber', 'SaleLineNum', 'TaxComponent', 'OperatingUnitNumber'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['Terminal', 'String', 'terminal'],
    ['TransactionNumber', 'String', 'transactionId'],
    ['SaleLineNum', 'Decimal', 'SaleLineNum'],
    ['TaxComponent', 'String', 'TaxComponent'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['TaxBasis', 'Decimal', 'TaxBasis'],
    ['TaxPercentage', 'Decimal', 'TaxPercentage'],
    ['TaxAmount', 'Decimal', 'TaxAmount'],
    ['IsTaxIncludedInPrice', 'NoYes', 'IsIncludedInPrice'],
  ],
  packageOnly: [
    ['Channel', 'String', 'Channel'],
    ['RetailChannelTableOMOperatingUnitID', 'String'],
  ],
};

/** RetailTransactionTaxTransGTEBIEntities. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionTaxTransGtebiEntitiesApi.ts and RetailTransactionTaxTransGtebiEntities.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionTaxTransGtebiEntities: PublicEntity = {
  table: 'RetailTransactionTaxTransGTE', set: 'RetailTransactionTaxTransGTEBIEntities', entity: null, label: null,
  key: ['dataAreaId', 'StoreId', 'TerminalId', 'TransactionId', 'SaleLineNum', 'TaxComponent'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['StoreId', 'String', 'store'],
    ['TerminalId', 'String', 'terminal'],
    ['TransactionId', 'String', 'transactionId'],
    ['SaleLineNum', 'Decimal', 'SaleLineNum'],
    ['TaxComponent', 'String', 'TaxComponent'],
    ['TaxBasis', 'Decimal', 'TaxBasis'],
    ['TaxPercentage', 'Decimal', 'TaxPercentage'],
    ['TaxAmount', 'Decimal', 'TaxAmount'],
    ['IsIncludedInPrice', 'NoYes', 'IsIncludedInPrice'],
    ['Origin', 'String', 'Origin'],
    ['replicationCounterFromOrigin', 'Int32', 'replicationCounterFromOrigin'],
    ['SourceKey', 'Int64'],
    ['SysDataAreaId', 'String'],
  ],
};
