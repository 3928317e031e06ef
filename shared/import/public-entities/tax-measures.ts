import type { PublicEntity } from './public-entity';

// Tax measures (RetailTransactionTaxMeasure) in what HQ exports: one entity per OData entity set that fills it. See public-entity.ts
// for how to read a row. Every property of each set is listed, mapped to a field or kept as an other field.

/** RetailTransactionTaxMeasures. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionTaxMeasuresApi.ts and RetailTransactionTaxMeasures.ts).
 * Its label and its package-only fields: Microsoft's CDM schema of the data entity (microsoft/CDM, schemaDocuments/core/operationsCommon/Entities/Commerce/TransactionsAndOrders/RetailTransactionTaxMeasureEntity.cdm.json).
 */
export const retailTransactionTaxMeasures: PublicEntity = {
  table: 'RetailTransactionTaxMeasure', set: 'RetailTransactionTaxMeasures', entity: 'RetailTransactionTaxMeasureEntity', label: 'Retail transaction tax measure',
  key: ['dataAreaId', 'Terminal', 'TransactionNumber', 'SaleLineNum', 'Path', 'OperatingUnitNumber'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['Terminal', 'String', 'terminal'],
    ['TransactionNumber', 'String', 'transactionId'],
    ['SaleLineNum', 'Decimal', 'SaleLineNum'],
    ['Path', 'String', 'Path'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['Value', 'Decimal', 'Value'],
  ],
  packageOnly: [
    ['Channel', 'String', 'Channel'],
    ['RetailChannelTableOMOperatingUnitID', 'String'],
  ],
};

/** RetailTransactionTaxMeasureBIEntities. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionTaxMeasureBiEntitiesApi.ts and RetailTransactionTaxMeasureBiEntities.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionTaxMeasureBiEntities: PublicEntity = {
  table: 'RetailTransactionTaxMeasure', set: 'RetailTransactionTaxMeasureBIEntities', entity: null, label: null,
  key: ['dataAreaId', 'StoreId', 'TerminalId', 'TransactionId', 'SaleLineNum', 'Path'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['StoreId', 'String', 'store'],
    ['TerminalId', 'String', 'terminal'],
    ['TransactionId', 'String', 'transactionId'],
    ['SaleLineNum', 'Decimal', 'SaleLineNum'],
    ['Path', 'String', 'Path'],
    ['Value', 'Decimal', 'Value'],
    ['Origin', 'String', 'Origin'],
    ['replicationCounterFromOrigin', 'Int32', 'replicationCounterFromOrigin'],
    ['SourceKey', 'Int64'],
    ['SysDataAreaId', 'String'],
  ],
};
