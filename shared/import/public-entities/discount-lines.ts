import type { PublicEntity } from './public-entity';

// Discount lines (RetailTransactionDiscountTrans) in what HQ exports: one entity per OData entity set that fills it. See public-entity.ts
// for how to read a row. Every property of each set is listed, mapped to a field or kept as an other field.

/** RetailTransactionDiscountLines. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionDiscountLinesApi.ts and RetailTransactionDiscountLines.ts).
 * Its label and its package-only fields: Microsoft's CDM schema of the data entity (microsoft/CDM, schemaDocuments/core/operationsCommon/Entities/Commerce/TransactionsAndOrders/RetailTransactionDiscountLineEntity.cdm.json).
 */
export const retailTransactionDiscountLines: PublicEntity = {
  table: 'RetailTransactionDiscountTrans', set: 'RetailTransactionDiscountLines', entity: 'RetailTransactionDiscountLineEntity', label: 'Discount transactions',
  key: ['dataAreaId', 'Terminal', 'TransactionNumber', 'SalesLineNumber', 'OperatingUnitNumber', 'LineNumber'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['Terminal', 'String', 'terminal'],
    ['TransactionNumber', 'String', 'transactionId'],
    ['SalesLineNumber', 'Decimal', 'SaleLineNum'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['LineNumber', 'Decimal', 'LineNum'],
    ['DiscountOriginType', 'RetailDiscountOriginType', 'DiscountOriginType'],
    ['DiscountOfferId', 'String', 'PeriodicDiscountOfferId'],
    ['DiscountCode', 'String', 'DiscountCode'],
    ['EffectiveAmount', 'Decimal', 'Amount'],
    ['DiscountAmount', 'Decimal', 'DiscountAmount'],
    ['DiscountPercentage', 'Decimal', 'Percentage'],
    ['BundleId', 'Int32'],
    ['CustomerDiscountType', 'RetailCustomerDiscountType'],
    ['DealPrice', 'Decimal'],
    ['DiscountCost', 'Decimal'],
    ['ManualDiscountType', 'RetailManualDiscountType'],
  ],
  packageOnly: [
    ['Channel', 'String', 'Channel'],
    ['RetailChannelTableOMOperatingUnitID', 'String'],
  ],
};

/** RetailTransactionAuditableDiscountLines. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionAuditableDiscountLinesApi.ts and RetailTransactionAuditableDiscountLines.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionAuditableDiscountLines: PublicEntity = {
  table: 'RetailTransactionDiscountTrans', set: 'RetailTransactionAuditableDiscountLines', entity: null, label: null, storeNumber: 'StoreNumber',
  key: ['dataAreaId', 'OperatingUnitNumber', 'StoreNumber', 'RegisterNumber', 'TransactionId', 'SalesLineNumber', 'LineNumber'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['StoreNumber', 'String'],
    ['RegisterNumber', 'String', 'terminal'],
    ['TransactionId', 'String', 'transactionId'],
    ['SalesLineNumber', 'Decimal', 'SaleLineNum'],
    ['LineNumber', 'Decimal', 'LineNum'],
    ['DiscountOriginType', 'RetailDiscountOriginType', 'DiscountOriginType'],
    ['PeriodicDiscountOfferId', 'String', 'PeriodicDiscountOfferId'],
    ['Amount', 'Decimal', 'Amount'],
    ['DiscountAmount', 'Decimal', 'DiscountAmount'],
    ['Percentage', 'Decimal', 'Percentage'],
    ['BundleId', 'Int32'],
    ['CustomerDiscountType', 'RetailCustomerDiscountType'],
    ['DealPrice', 'Decimal'],
    ['DiscountCost', 'Decimal'],
    ['HeaderAsynchronousOrderStatus', 'RetailTransactionOrderStatusType'],
    ['HeaderStatementNumber', 'String'],
    ['HeaderStoreNumber', 'String'],
    ['HeaderTransactionType', 'RetailTransactionType'],
    ['HeaderValidationStatus', 'RetailTransactionValidationStatus'],
    ['ManualDiscountType', 'RetailManualDiscountType'],
  ],
};

/** RetailTransactionDiscountTransBIEntities. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionDiscountTransBiEntitiesApi.ts and RetailTransactionDiscountTransBiEntities.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionDiscountTransBiEntities: PublicEntity = {
  table: 'RetailTransactionDiscountTrans', set: 'RetailTransactionDiscountTransBIEntities', entity: null, label: null,
  key: ['dataAreaId', 'StoreId', 'TerminalId', 'TransactionId', 'SaleLineNum', 'LineNum'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['StoreId', 'String', 'store'],
    ['TerminalId', 'String', 'terminal'],
    ['TransactionId', 'String', 'transactionId'],
    ['SaleLineNum', 'Decimal', 'SaleLineNum'],
    ['LineNum', 'Decimal', 'LineNum'],
    ['DiscountOriginType', 'RetailDiscountOriginType', 'DiscountOriginType'],
    ['PeriodicDiscountOfferId', 'String', 'PeriodicDiscountOfferId'],
    ['DiscountCode', 'String', 'DiscountCode'],
    ['Amount', 'Decimal', 'Amount'],
    ['DiscountAmount', 'Decimal', 'DiscountAmount'],
    ['Percentage', 'Decimal', 'Percentage'],
    ['Origin', 'String', 'Origin'],
    ['ReplicationCounterFromOrigin', 'Int32', 'replicationCounterFromOrigin'],
    ['AppliedDiscountLineNum', 'Decimal'],
    ['BundleId', 'Int32'],
    ['CustomerDiscountType', 'RetailCustomerDiscountType'],
    ['DealPrice', 'Decimal'],
    ['DiscountCost', 'Decimal'],
    ['DiscountLineRecId', 'Int64'],
    ['ManualDiscountType', 'RetailManualDiscountType'],
    ['SourceKey', 'Int64'],
    ['SysDataAreaId', 'String'],
  ],
};
