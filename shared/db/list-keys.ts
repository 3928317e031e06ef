import type { DBCore, Middleware } from 'dexie';
import { listEntries } from './row-lists';

/** The field each table of ROW_LISTS keeps its multi-entry index in. */
export const LIST_KEYS = 'listKeys';

/**
 * Keeps listKeys current on every row written to the tables given, whoever writes (a job's bulk
 * write, an edit's update, an import, an upgrade), from the row's own fields: a field derived here
 * can never be left stale by a writer that forgot it. It costs a copy of each row written.
 */
export function listKeysMiddleware(tables: ReadonlyMap<string, (row: Record<string, unknown>) => string[]>): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'ListKeys',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        const listsOf = tables.get(name);
        if (!listsOf) return table;
        return {
          ...table,
          mutate: (req) => {
            if (req.type !== 'put' && req.type !== 'add') return table.mutate(req);
            const values = req.values.map((row: Record<string, unknown>) => ({ ...row, [LIST_KEYS]: listEntries(row, listsOf(row)) }));
            return table.mutate({ ...req, values });
          },
        };
      },
    }),
  };
}
