import { TRANSACTION_ENTITIES } from '../../orders/transaction-entities';
import { PUBLIC_ENTITIES } from '../entity-maps';
import type { ImportedEntity } from '../import-types';
import type { PublicEntity } from '../public-entities/public-entity';

const TABLES: readonly ImportedEntity[] = [...(Object.keys(TRANSACTION_ENTITIES) as ImportedEntity[]), 'RetailTransactionOrderStatus'];

/**
 * The entity whose names a Synapse Link table's columns are: its *BIEntities set. Synapse Link
 * exports the tables themselves (RetailTransactionTable, RetailTransactionSalesTrans, …,
 * RetailTransactionOrderStatus: REFERENCE.md §1), their names and their fields' in lower case; the
 * BI entities carry the tables' own field names (store, terminal, transactionId, receiptId,
 * lineNum…), found here in any case. null for a table the audit does not read.
 */
export function entityOfTable(name: string): PublicEntity | null {
  const table = TABLES.find((t) => t.toLowerCase() === name.trim().toLowerCase());
  return table ? PUBLIC_ENTITIES.find((e) => e.table === table && /BIEntities$/i.test(e.set)) ?? null : null;
}

/**
 * The columns Synapse Link adds to every table (REFERENCE.md §4; the attributes of its model.json:
 * Id, SinkCreatedOn, SinkModifiedOn before the table's fields, versionnumber, createdon,
 * modifiedon, IsDelete after them; PartitionId in its Delta tables). Kept on each row as other
 * fields, like any column no field holds, but known: the report does not call them unknown.
 */
export const SYSTEM_COLUMNS: ReadonlySet<string> = new Set(['id', 'sinkcreatedon', 'sinkmodifiedon', 'versionnumber', 'createdon', 'modifiedon', 'isdelete', 'partitionid']);
