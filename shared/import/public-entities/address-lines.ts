import type { PublicEntity } from './public-entity';

// Delivery addresses (RetailTransactionAddressTrans) in what HQ exports: one entity per OData entity set that fills it. See public-entity.ts
// for how to read a row. Every property of each set is listed, mapped to a field or kept as an other field.

/** RetailTransactionAddressLines. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionAddressLinesApi.ts and RetailTransactionAddressLines.ts).
 * Its label and its package-only fields: Microsoft's CDM schema of the data entity (microsoft/CDM, schemaDocuments/core/operationsCommon/Entities/Commerce/TransactionsAndOrders/RetailTransactionAddressLineEntity.cdm.json).
 */
export const retailTransactionAddressLines: PublicEntity = {
  table: 'RetailTransactionAddressTrans', set: 'RetailTransactionAddressLines', entity: 'RetailTransactionAddressLineEntity', label: 'Retail Transaction Address',
  key: ['dataAreaId', 'TransactionNumber', 'Terminal', 'LineNumber', 'OperatingUnitNumber'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['TransactionNumber', 'String', 'transactionId'],
    ['Terminal', 'String', 'terminal'],
    ['LineNumber', 'Decimal', 'SaleLineNum'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['DeliveryName', 'String', 'DeliveryName'],
    ['Street', 'String', 'Street'],
    ['StreetNumber', 'String', 'StreetNumber'],
    ['City', 'String', 'City'],
    ['County', 'String', 'County'],
    ['State', 'String', 'State'],
    ['ZipCode', 'String', 'ZipCode'],
    ['CountryRegionId', 'String', 'CountryRegionId'],
    ['Email', 'String', 'Email'],
    ['Telephone', 'String', 'Phone'],
    ['AttentionToAddressLine', 'String'],
    ['DistrictName', 'String'],
  ],
  packageOnly: [
    ['Channel', 'String', 'Channel'],
    ['RetailChannelTableOMOperatingUnitId', 'String'],
  ],
};

/** RetailTransactionAuditableAddressLines. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionAuditableAddressLinesApi.ts and RetailTransactionAuditableAddressLines.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionAuditableAddressLines: PublicEntity = {
  table: 'RetailTransactionAddressTrans', set: 'RetailTransactionAuditableAddressLines', entity: null, label: null, storeNumber: 'StoreNumber',
  key: ['dataAreaId', 'OperatingUnitNumber', 'StoreNumber', 'RegisterNumber', 'TransactionId', 'SalesLineNumber'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['StoreNumber', 'String'],
    ['RegisterNumber', 'String', 'terminal'],
    ['TransactionId', 'String', 'transactionId'],
    ['SalesLineNumber', 'Decimal', 'SaleLineNum'],
    ['DeliveryName', 'String', 'DeliveryName'],
    ['Street', 'String', 'Street'],
    ['StreetNumber', 'String', 'StreetNumber'],
    ['City', 'String', 'City'],
    ['County', 'String', 'County'],
    ['State', 'String', 'State'],
    ['ZipCode', 'String', 'ZipCode'],
    ['CountryRegionId', 'String', 'CountryRegionId'],
    ['Email', 'String', 'Email'],
    ['Telephone', 'String', 'Phone'],
    ['Attention', 'String'],
    ['District', 'String'],
    ['HeaderAsynchronousOrderStatus', 'RetailTransactionOrderStatusType'],
    ['HeaderTransactionType', 'RetailTransactionType'],
    ['HeaderValidationStatus', 'RetailTransactionValidationStatus'],
    ['SalesName', 'String'],
  ],
};

/** RetailTransactionAddressTransBIEntities. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionAddressTransBiEntitiesApi.ts and RetailTransactionAddressTransBiEntities.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionAddressTransBiEntities: PublicEntity = {
  table: 'RetailTransactionAddressTrans', set: 'RetailTransactionAddressTransBIEntities', entity: null, label: null,
  key: ['dataAreaId', 'store', 'terminal', 'transactionId', 'SaleLineNum'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['store', 'String', 'store'],
    ['terminal', 'String', 'terminal'],
    ['transactionId', 'String', 'transactionId'],
    ['SaleLineNum', 'Decimal', 'SaleLineNum'],
    ['DeliveryName', 'String', 'DeliveryName'],
    ['Street', 'String', 'Street'],
    ['StreetNumber', 'String', 'StreetNumber'],
    ['City', 'String', 'City'],
    ['County', 'String', 'County'],
    ['State', 'String', 'State'],
    ['ZipCode', 'String', 'ZipCode'],
    ['CountryRegionId', 'String', 'CountryRegionId'],
    ['Email', 'String', 'Email'],
    ['Phone', 'String', 'Phone'],
    ['Origin', 'String', 'Origin'],
    ['ReplicationCounterFromOrigin', 'Int32', 'replicationCounterFromOrigin'],
    ['AttentionToAddressLine', 'String'],
    ['BuildingCompliment', 'String'],
    ['DistrictName', 'String'],
    ['EmailContent', 'String'],
    ['SalesName', 'String'],
    ['SourceKey', 'Int64'],
    ['SysDataAreaId', 'String'],
  ],
};
