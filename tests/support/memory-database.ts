import type { DBCore, Middleware } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HqDatabase } from '../../shared/db/hq-database';
import { seedDemoData } from '../../shared/demo/seed-demo-data';

let counter = 0;

/** A fresh, isolated HQ database on fake-indexeddb. */
export function memoryDatabase(): HqDatabase {
  counter += 1;
  return new HqDatabase(`test-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

/** A fresh database holding the demo data; a middleware given sees every write from the start. */
export async function seededDatabase(middleware?: Middleware<DBCore>): Promise<HqDatabase> {
  const db = memoryDatabase();
  if (middleware) db.use(middleware);
  await seedDemoData(db);
  return db;
}

/** A clock that moves one second per reading, so timestamps are distinct and deterministic. */
export function steppingClock(start = Date.UTC(2026, 10, 21, 9)): () => Date {
  let t = start;
  return () => new Date((t += 1000));
}
