import { Dexie, type IndexableType, type IndexableTypeArrayReadonly, type Table, type Transaction } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HqDatabase } from '../../shared/db/hq-database';
import { HqEngine } from '../../shared/engine/hq-engine';
import { seededDatabase, steppingClock } from './memory-database';
import { uploadAndSynchronize } from './fixes';

/** A version's stores, as a Dexie version(n).stores() declares them. */
export type StoresSource = Record<string, string | null>;

/** What each version(n) of HqDatabase declares, read from the class itself, so a version added later is covered too. */
interface DeclaredVersion {
  _cfg: { version: number; storesSource: StoresSource; contentUpgrade: ((tx: Transaction) => void | PromiseLike<unknown>) | null };
}
export const declaredVersions = (db: Dexie): DeclaredVersion[] =>
  [...(db as unknown as { _versions: DeclaredVersion[] })._versions].sort((a, b) => a._cfg.version - b._cfg.version);

export type Options = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };
export const freshOptions = (): Options => ({ indexedDB: new IDBFactory(), IDBKeyRange });

/** Today's versions, as HqDatabase declares them. */
export const todaysVersions = (): DeclaredVersion[] => declaredVersions(new HqDatabase('declared', freshOptions()));
export const latestVersion = (): number => Math.max(...todaysVersions().map((v) => v._cfg.version));

/** A Dexie that declares the versions given (stores only: a database written through it is written at its last version). */
export function appDeclaring(name: string, versions: readonly (readonly [number, StoresSource])[], options: Options): Dexie {
  const old = new Dexie(name, options);
  for (const [version, stores] of versions) old.version(version).stores(stores);
  return old;
}

/** A table's rows, and their keys where the rows do not hold them (a table of out-of-line keys, such as the search's). */
export interface Written {
  rows: unknown[];
  keys: IndexableType[] | null;
}

const outOfLine = (table: Table) => !table.schema.primKey.keyPath;

/** Every table's rows of a database the app filled by working: seeded, uploaded, orders synchronized, customers synchronized. */
export async function workedDatabase(): Promise<Map<string, Written>> {
  const db = await seededDatabase();
  await uploadAndSynchronize(db);
  await new HqEngine(db, steppingClock()).execute({ type: 'runJob', job: { jobId: 'synchronize-customers' }, trigger: 'manual', batchJobId: null });
  const rows = new Map(await Promise.all(db.tables.map(async (t) => [t.name, { rows: await t.toArray(), keys: outOfLine(t) ? await t.toCollection().primaryKeys() : null }] as const)));
  db.close();
  return rows;
}

/** Writes the rows into every table the database declares, in one transaction. */
export async function writeTables(db: Dexie, written: ReadonlyMap<string, Written>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      const { rows, keys } = written.get(table.name) ?? { rows: [], keys: null };
      // Dexie's types know no keys made of arrays of different types; IndexedDB does.
      await (keys ? table.bulkAdd(rows, keys as unknown as IndexableTypeArrayReadonly) : table.bulkAdd(rows));
    }
  });
}

/** The primary keys of a table's written rows. */
export const keysOf = (table: Table, { rows, keys }: Written) => {
  const path = table.schema.primKey.keyPath;
  return keys ?? (rows as Record<string, IndexableType>[]).map((row) => (Array.isArray(path) ? path.map((p) => row[p]!) : row[path!]!));
};
