// The raw side of every ratio: the rows the engine wrote, read back from its database and bulkPut
// into a plain Dexie database (strict durability, like the app's) in chunks of 2,000 per
// transaction. Each table is declared with the app's own primary key and indexes, so IndexedDB
// maintains the same indexes on both sides and the ratio measures the engine, not the schema.
import { Dexie, type IndexableType, type IndexableTypeArrayReadonly, type Table } from 'dexie';
import { HqDatabase } from '../../../shared/db/hq-database';
import type { RawRun } from './bench-api';

const CHUNK = 2000;

export interface RawSource {
  table: string;
  /** Which rows of the table: all of them unless said. */
  keys?: (table: Table) => Promise<IndexableType[]>;
  /**
   * The engine updated these rows rather than adding them (a header's sales order id, an order
   * status): an update in IndexedDB also removes the old row's index entries, so the raw side
   * overwrites rows already there too: each chunk is put once untimed, then timed over itself.
   */
  updated?: boolean;
}

/** A table's declaration as HqDatabase makes it ("++id, [dataAreaId+store+terminal+transactionId]"). */
const declaration = (table: Table): string => [table.schema.primKey, ...table.schema.indexes].map((index) => index.src).join(', ');

/** Copies the rows, timing only the write transactions: reading them back is not what is measured. */
export async function rawBulkPut(sourceName: string, sources: readonly RawSource[]): Promise<RawRun> {
  const source = new HqDatabase(sourceName);
  await source.open();
  const raw = new Dexie(`bench-raw-${crypto.randomUUID()}`, { chromeTransactionDurability: 'strict' });
  raw.version(1).stores(Object.fromEntries(sources.map((s) => [s.table, declaration(source.table(s.table))])));
  const result: RawRun = { ms: 0, rows: 0, tables: {} };
  try {
    for (const { table: name, keys, updated } of sources) {
      const from = source.table(name);
      const to = raw.table(name);
      const all = keys ? await keys(from) : await from.toCollection().primaryKeys();
      // A table whose rows do not hold their key (Customer synchronization status's search terms) is given them.
      const outbound = !from.schema.primKey.keyPath;
      for (let i = 0; i < all.length; i += CHUNK) {
        const keys = all.slice(i, i + CHUNK);
        const found = await from.bulkGet(keys);
        const present = keys.filter((_, j) => found[j] !== undefined);
        const rows = found.filter((row) => row !== undefined);
        const put = () => raw.transaction('rw', to, () => (outbound ? to.bulkPut(rows, present as IndexableTypeArrayReadonly) : to.bulkPut(rows)));
        if (updated) await put();
        const start = performance.now();
        await put();
        result.ms += performance.now() - start;
        result.rows += rows.length;
      }
      result.tables[name] = all.length;
    }
  } finally {
    source.close();
    await raw.delete();
  }
  return result;
}
