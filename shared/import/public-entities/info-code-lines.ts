import type { PublicEntity } from './public-entity';

// Info code lines (RetailTransactionInfocodeTrans) in what HQ exports: one entity per OData entity set that fills it. See public-entity.ts
// for how to read a row. Every property of each set is listed, mapped to a field or kept as an other field.

/** RetailTransactionInfoCodeLines. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionInfoCodeLinesApi.ts and RetailTransactionInfoCodeLines.ts).
 * Its label and its package-only fields: Microsoft's CDM schema of the data entity (microsoft/CDM, schemaDocuments/core/operationsCommon/Entities/Commerce/TransactionsAndOrders/RetailTransactionInfoCodeLineEntity.cdm.json).
 */
export const retailTransactionInfoCodeLines: PublicEntity = {
  table: 'RetailTransactionInfocodeTrans', set: 'RetailTransactionInfoCodeLines', entity: 'RetailTransactionInfoCodeLineEntity', label: 'Info code transactions', storeNumber: 'StoreNumber',
  key: ['dataAreaId', 'Terminal', 'TransactionType', 'TransactionNumber', 'LineNumber', 'InfoCodeId', 'OperatingUnitNumber'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['Terminal', 'String', 'terminal'],
    ['TransactionType', 'RetailInfocodeTransType', 'type'],
    ['TransactionNumber', 'String', 'transactionId'],
    ['LineNumber', 'Decimal', 'lineNum'],
    ['InfoCodeId', 'String', 'infocodeId'],
    ['OperatingUnitNumber', 'String', 'store'],
    ['ParentLineNumber', 'Decimal', 'parentLineNum'],
    ['SubInfoCodeId', 'String', 'subInfocodeId'],
    ['information', 'String', 'information'],
    ['Amount', 'Decimal', 'amount'],
    ['InputType', 'RetailInfocodeInputType', 'inputType'],
    ['businessDate', 'DateTimeOffset'],
    ['FiscalTransactionParentGuid', 'Guid'],
    ['infoAmount', 'Decimal'],
    ['ItemTender', 'String'],
    ['SourceCode', 'String'],
    ['SourceCodeThree', 'String'],
    ['SourceCodeTwo', 'String'],
    ['staff', 'String'],
    ['StoreNumber', 'String'],
    ['TransactionStatus', 'RetailEntryStatus'],
    ['transDate', 'DateTimeOffset'],
    ['transTime', 'Int32'],
  ],
  packageOnly: [
    ['Channel', 'String', 'Channel'],
    ['RetailChannelTableOMOperatingUnitID', 'String'],
  ],
};

/** RetailTransactionInfocodeTransBIEntities. Property names: the OData client generated from a real $metadata (ntrtd/d365-agent b1a5d29, asset/client/src/RetailTransactionInfocodeTransBiEntitiesApi.ts and RetailTransactionInfocodeTransBiEntities.ts).
 * No data management entity of it was found in public sources: a package of it is matched by its columns.
 */
export const retailTransactionInfocodeTransBiEntities: PublicEntity = {
  table: 'RetailTransactionInfocodeTrans', set: 'RetailTransactionInfocodeTransBIEntities', entity: null, label: null,
  key: ['dataAreaId', 'store', 'terminal', 'transactionId', 'lineNum', 'Channel'],
  properties: [
    ['dataAreaId', 'String', 'dataAreaId'],
    ['store', 'String', 'store'],
    ['terminal', 'String', 'terminal'],
    ['transactionId', 'String', 'transactionId'],
    ['lineNum', 'Decimal', 'lineNum'],
    ['Channel', 'Int64', 'Channel'],
    ['parentLineNum', 'Decimal', 'parentLineNum'],
    ['infocodeId', 'String', 'infocodeId'],
    ['subInfocodeId', 'String', 'subInfocodeId'],
    ['information', 'String', 'information'],
    ['amount', 'Decimal', 'amount'],
    ['inputType', 'RetailInfocodeInputType', 'inputType'],
    ['type', 'RetailInfocodeTransType', 'type'],
    ['Origin', 'String', 'Origin'],
    ['replicationCounterFromOrigin', 'Int32', 'replicationCounterFromOrigin'],
    ['businessDate', 'DateTimeOffset'],
    ['counter', 'Int32'],
    ['fiscalTransParentGuid', 'Guid'],
    ['infoAmount', 'Decimal'],
    ['itemTender', 'String'],
    ['replicated', 'NoYes'],
    ['sourceCode', 'String'],
    ['sourceCode2', 'String'],
    ['sourceCode3', 'String'],
    ['staff', 'String'],
    ['statementCode', 'String'],
    ['statementId', 'String'],
    ['SysDataAreaId', 'String'],
    ['transactionStatus', 'RetailEntryStatus'],
    ['transDate', 'DateTimeOffset'],
    ['transTime', 'Int32'],
  ],
};
