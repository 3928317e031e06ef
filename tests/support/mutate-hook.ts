import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';

/**
 * A Dexie DBCore middleware that hands every write request to `hook` first, with the table's name:
 * the hook answers it itself (a fault, as the disk would) or lets it through with `next`.
 */
export function mutateHook(
  name: string, hook: (table: string, request: DBCoreMutateRequest, next: () => Promise<DBCoreMutateResponse>) => Promise<DBCoreMutateResponse>,
): Middleware<DBCore> {
  return {
    stack: 'dbcore', name,
    create: (down) => ({
      ...down,
      table: (table) => {
        const inner = down.table(table);
        return { ...inner, mutate: (request) => hook(table, request, () => inner.mutate(request)) };
      },
    }),
  };
}
