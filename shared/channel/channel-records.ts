/**
 * What a channel database holds before P-0001 reads it. The channel is another system: its rows
 * are checked only when they enter headquarters, so here they are kept exactly as recorded.
 */
export interface ChannelTransactionRecord {
  channelDatabaseId: string;
  /** The channel database's replication counter when the transaction was recorded: what P-0001 uploads by. */
  seq: number;
  /** The rows of the eleven RetailTransaction* tables, by table name, unchecked. */
  tables: Record<string, unknown>;
}

/** A customer operation as the channel recorded it; its fields are checked by P-0001 (customer-schemas.ts). */
export type ChannelCustomerOperationRecord = { operationId: string; channelDatabaseId: string; seq: number } & Record<string, unknown>;
