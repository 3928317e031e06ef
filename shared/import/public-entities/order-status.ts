import type { PublicEntity } from './public-entity';

// The order status (RetailTransactionOrderStatus) in what HQ exports: one entity per OData entity set that fills it. See public-entity.ts
// for how to read a row. Every property of each set is listed, mapped to a field or kept as an other field.

/** RetailTransactionOrderStatusBIEntities. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionOrderStatusBiEntitiesApi.ts and RetailTransactionOrderStatusBiEntities.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionOrderStatusBiEntities: PublicEntity = {
  table: 'RetailTransactionOrderStatus', set: 'RetailTransactionOrderStatusBIEntities', entity: null, label: null,
  key: ['dataAreaId', 'store', 'terminal', 'transactionId', 'Status'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['store', 'String', 'store'],
    ['terminal', 'String', 'terminal'],
    ['transactionId', 'String', 'transactionId'],
    ['Status', 'RetailTransactionOrderStatusType', 'Status'],
    ['ErrorDetail', 'String', 'ErrorDetail'],
    ['RetryCount', 'Int32', 'RetryCount'],
    ['SalesId', 'String', 'SalesId'],
    ['LastEditUser', 'String', 'LastEditUser'],
    ['ManuallyModified', 'NoYes', 'ManuallyModified'],
    ['SysModifiedDateTime', 'DateTimeOffset', 'modifieddatetime'],
    ['CreatedOn', 'DateTimeOffset'],
    ['SourceKey', 'Int64'],
    ['SysDataAreaId', 'String'],
  ],
};
