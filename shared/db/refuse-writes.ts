import type { DBCore, Dexie, Middleware } from 'dexie';

/**
 * A write asked of a handle that only reads: a defect of the code that asked (a screen writes only
 * by sending the HQ worker a command), so it is named for the developer log, table and all.
 */
export class WriteRefusedError extends Error {
  override readonly name = 'WriteRefusedError';
  constructor(readonly table: string) {
    super(`This window only reads the headquarters database: a write to ${table} was refused. Send the HQ worker a command instead.`);
  }
}

/**
 * Makes a database handle read-only, whatever is asked of it: every write (add, put, update,
 * modify, delete, clear, in a transaction or not) reaches Dexie's DBCore as a mutate, which this
 * refuses before it touches IndexedDB. The renderer opens its databases through it, so the HQ
 * worker is their only writer by construction, as the read-ahead of Synchronize orders assumes
 * (db/write-watch.ts). Returns the handle it was given; call it before the handle opens.
 */
export function refuseWrites<D extends Dexie>(db: D): D {
  const middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'refuse-writes',
    create: (down) => ({
      ...down,
      table(name) {
        return {
          ...down.table(name),
          mutate: () => {
            const refused = new WriteRefusedError(name);
            // In the developer log too, even where the screen that asked catches it: the end-to-end tests fail on it (tests/e2e/support/chromium.ts).
            console.error(refused);
            return Promise.reject(refused);
          },
        };
      },
    }),
  };
  return db.use(middleware);
}
