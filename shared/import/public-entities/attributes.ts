import type { PublicEntity } from './public-entity';

// Attributes (RetailTransactionAttributeTrans) in what HQ exports: one entity per OData entity set that fills it. See public-entity.ts
// for how to read a row. Every property of each set is listed, mapped to a field or kept as an other field.

/** RetailTransactionAttributes. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionAttributesApi.ts and RetailTransactionAttributes.ts).
 * Its label and its package-only fields: Microsoft's CDM schema of the data entity (microsoft/CDM, schemaDocuments/core/operationsCommon/Entities/Commerce/TransactionsAndOrders/RetailTransactionAttributeEntity.cdm.json).
 */
export const retailTransactionAttributes: PublicEntity = {
  table: 'RetailTransactionAttributeTrans', set: 'RetailTransactionAttributes', entity: 'RetailTransactionAttributeEntity', label: 'Sales order attributes',
  key: ['dataAreaId', 'AttributeName', 'TransactionNumber', 'Terminal', 'OperatingUnitNumber', 'HeaderOrLineNum'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['AttributeName', 'String', 'Name'],
    ['TransactionNumber', 'String', 'transactionId'],
    ['Terminal', 'String', 'terminal'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['HeaderOrLineNum', 'Decimal', 'HeaderOrLineNum'],
    ['AttributeValue', 'String', 'TextValue'],
  ],
  packageOnly: [
    ['Channel', 'String', 'Channel'],
    ['RetailChannelTableOMOperatingUnitId', 'String'],
  ],
};

/** RetailTransactionAttributeTransBIEntities. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionAttributeTransBiEntitiesApi.ts and RetailTransactionAttributeTransBiEntities.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionAttributeTransBiEntities: PublicEntity = {
  table: 'RetailTransactionAttributeTrans', set: 'RetailTransactionAttributeTransBIEntities', entity: null, label: null,
  key: ['dataAreaId', 'store', 'terminal', 'transactionId', 'Name', 'HeaderOrLineNum'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['store', 'String', 'store'],
    ['terminal', 'String', 'terminal'],
    ['transactionId', 'String', 'transactionId'],
    ['Name', 'String', 'Name'],
    ['HeaderOrLineNum', 'Decimal', 'HeaderOrLineNum'],
    ['TextValue', 'String', 'TextValue'],
    ['Origin', 'String', 'Origin'],
    ['replicationCounterFromOrigin', 'Int32', 'replicationCounterFromOrigin'],
    ['SourceKey', 'Int64'],
    ['SysDataAreaId', 'String'],
  ],
};
