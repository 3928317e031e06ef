import type { DBCore, Dexie, Middleware } from 'dexie';
import { UserFacingError } from '../platform/user-facing-error';

/**
 * A database written by a newer Sync Console (a later schema version than this one declares).
 * Dexie opens it as it is; writing to it could break what the newer version keeps (new tables,
 * new fields, counts), so this version only reads it.
 */
export const NEWER_DATABASE_MESSAGE =
  'This headquarters database was written by a newer version of Sync Console. It is open read-only: every screen shows it, but nothing can be changed or run. Update Sync Console to work on it.';

export class NewerDatabaseError extends UserFacingError {
  override readonly name = 'NewerDatabaseError';
}

/** The schema version on disk when it is newer than the one this app declares; null when not (or not open). */
export function newerVersionOnDisk(db: Dexie): number | null {
  if (!db.isOpen()) return null;
  // Dexie stores version n as IndexedDB version n × 10.
  const onDisk = Math.round(db.backendDB().version / 10);
  return onDisk > db.verno ? onDisk : null;
}

/** Refuses every write, in words, while the database on disk is newer than this app: the last line behind the worker's read-only start. */
export function readOnlyWhenNewer(db: Dexie): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'read-only-when-newer',
    create: (down) => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (newerVersionOnDisk(db) === null ? table.mutate(request) : Promise.reject(new NewerDatabaseError(NEWER_DATABASE_MESSAGE))),
        };
      },
    }),
  };
}
