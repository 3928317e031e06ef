import type { DBCore, Middleware } from 'dexie';

/**
 * Counts the write requests made to some tables through one database connection. The HQ worker
 * is the single writer of its database (a Web Lock sees to that), so an unchanged count between
 * two moments proves those tables were not written in between: what lets Synchronize orders read
 * a chunk's rows ahead, while the chunk before it is being written, and still trust them.
 */
export class WriteWatch {
  private count = 0;

  constructor(private readonly tables: ReadonlySet<string>) {}

  /** Changes whenever one of the watched tables has been asked to change. */
  get version(): number {
    return this.count;
  }

  readonly middleware: Middleware<DBCore> = {
    stack: 'dbcore',
    name: 'WriteWatch',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (!this.tables.has(name)) return table;
        return {
          ...table,
          mutate: (request) => {
            this.count += 1;
            return table.mutate(request);
          },
        };
      },
    }),
  };
}
