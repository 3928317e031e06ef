import type { HqDatabase } from '../../db/hq-database';
import type { AccountStructure, NumberSequence, PaymentService } from '../../configuration/configuration';
import { HQ_PARAMETERS_ID, type HqParameters } from '../../master-data/master-data';
import { offlineAccountOf, type RetailTransactionOrderStatus } from '../order-status';
import { LINE_ENTITY_NAMES, type RetailTransactionHeader, type TransactionKey } from '../transaction-entities';
import type { MasterData } from '../order-rules';
import { getByKeys, loadLinesOf, type StoredLines } from '../retail-transaction-store';

/*
 * Synchronize orders, step 1 of 3: read a chunk. Its lines and the configuration (the sources) may
 * be read ahead, while the chunk before is written; its statuses, headers and number sequence are
 * always read in the transaction that writes it.
 */

/**
 * What a chunk's orders are checked against, read once for all of them (the number sequence is read
 * where it is drawn). Synchronize orders reads HQ's tables as they are: an empty one means HQ has
 * none. Check data in an imported workspace reads a table the export did not bring as not known
 * (null): what needs it is not judged there (see notJudged in orders/check-data).
 */
export interface ChunkConfiguration {
  master: MasterData;
  /** The default payment service for card payments; undefined: HQ has none; null: not known here. */
  defaultService: PaymentService | undefined | null;
  /** null: not known here. */
  structures: AccountStructure[] | null;
  /** HQ's parameters: the sales order number sequence, the freight charge code, the posting profile. */
  parameters: HqParameters | undefined;
}

/** How to read a table that holds no row: HQ has none of it (the job), or the workspace does not know it (Check data). */
export type EmptyTables = 'none' | 'unknown';

async function chunkConfiguration(db: HqDatabase, empty: EmptyTables): Promise<ChunkConfiguration> {
  const [items, tenderTypes, currencies, services, structures, parameters] = await Promise.all([
    db.items.toArray(), db.tenderTypes.toArray(), db.currencies.toArray(), db.paymentServices.toArray(), db.accountStructures.toArray(),
    db.hqParameters.get(HQ_PARAMETERS_ID),
  ]);
  const known = <T, R>(rows: T[], read: (rows: T[]) => R): R | null => (rows.length === 0 && empty === 'unknown' ? null : read(rows));
  return {
    master: {
      items: known(items, (rows) => new Map(rows.map((i) => [i.itemId, i]))),
      tenderTypes: known(tenderTypes, (rows) => new Map(rows.map((t) => [t.tenderTypeId, t]))),
      currencies: known(currencies, (rows) => new Map(rows.map((c) => [c.code, c]))),
    },
    defaultService: known(services, (rows) => rows.find((s) => s.defaultForNewCreditCards)),
    structures: known(structures, (rows) => rows),
    parameters,
  };
}

/**
 * What a chunk's orders are made from besides their headers and statuses: their lines and the
 * configuration. These may be read ahead, while the chunk before is written (see readAhead).
 */
export interface ChunkSources {
  lines: Map<string, StoredLines>;
  config: ChunkConfiguration;
}

/** The tables readSources reads: the ones db.orderSourceWrites watches. */
export const sourceTables = (db: HqDatabase) => [
  ...LINE_ENTITY_NAMES.map((e) => db[e]), db.items, db.tenderTypes, db.currencies, db.paymentServices, db.accountStructures, db.hqParameters,
];

export async function readSources(db: HqDatabase, keys: readonly TransactionKey[], empty: EmptyTables = 'none'): Promise<ChunkSources> {
  const [lines, config] = await Promise.all([loadLinesOf(db, keys), chunkConfiguration(db, empty)]);
  return { lines, config };
}

/** The account a sales order is for, or why there is none yet. */
export type OrderCustomer = { account: string | null; problem: null } | { account: null; problem: string };

/** Everything a chunk's orders are decided from. */
export interface ChunkReads {
  keys: readonly TransactionKey[];
  statuses: (RetailTransactionOrderStatus | undefined)[];
  headers: (RetailTransactionHeader | undefined)[];
  /** The sales order number sequence, read with the statuses so that drawing costs no round trip of its own. */
  sequence: NumberSequence | undefined;
  sources: ChunkSources;
  /** The real accounts of the chunk's customers created offline that are synchronized already, by their async account. */
  customers: Map<string, OrderCustomer>;
}

/** The real accounts of the customers created offline these headers name that are synchronized already, by their async account. */
async function synchronizedCustomers(db: HqDatabase, headers: readonly (RetailTransactionHeader | undefined)[]): Promise<Map<string, OrderCustomer>> {
  const accounts = [...new Set(headers.flatMap((header) => offlineAccountOf(header) ?? []))];
  const operations = await Promise.all(accounts.map((account) => db.asyncCustomers.where('asyncCustomerAccount').equals(account).first()));
  const customers = new Map<string, OrderCustomer>();
  for (const [i, op] of operations.entries()) if (op?.status === 'Succeeded') customers.set(accounts[i]!, { account: op.customerAccount, problem: null });
  return customers;
}

/** The tables readChunk reads besides the sources: always read in the transaction that writes the chunk. */
export const chunkReadTables = (db: HqDatabase) => [db.RetailTransactionOrderStatus, db.RetailTransactionTable, db.asyncCustomers, db.numberSequences];

/** Reads a chunk's statuses, headers and offline customers (call inside a transaction over chunkReadTables), with its sources. */
export async function readChunk(db: HqDatabase, keys: readonly TransactionKey[], sources: ChunkSources): Promise<ChunkReads> {
  const [statuses, headers, sequence] = await Promise.all([
    getByKeys(db.RetailTransactionOrderStatus, keys), getByKeys(db.RetailTransactionTable, keys),
    sources.config.parameters ? db.numberSequences.get(sources.config.parameters.salesOrderSequence) : undefined,
  ]);
  return { keys, statuses, headers, sequence, sources, customers: await synchronizedCustomers(db, headers) };
}
