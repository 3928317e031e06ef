import type { Dexie, DBCore, DBCoreMutateRequest, DBCoreMutateResponse, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';

/** The table the counts live in: one row per counted table and group. */
export const KEPT_COUNTS = 'keptCounts';

/** How many rows of a table are in one group (e.g. the online order statuses of store ADV that Failed). */
export interface KeptCount {
  table: string;
  group: string[];
  count: number;
}

/** The group a row of a counted table counts in: what its list screens filter on with equality. */
export type GroupOf = (row: Record<string, unknown>) => string[];

const groupText = (group: string[]) => JSON.stringify(group);

/** Whether an IndexedDB transaction can reach the counts: not while an upgrade to a version before them runs. */
function reachesCounts(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return names?.contains(KEPT_COUNTS) ?? false;
}

/**
 * Keeps the number of rows per group of some tables current, in the same IndexedDB transaction
 * as every write to them (a DBCore middleware, so every writer is covered: the engine's bulk
 * writes, an edit's update, an import, a migration). A list's total is then a few rows' sum instead
 * of a count over 100,000 index entries, which IndexedDB can only do by walking them.
 */
export function keptCountsMiddleware(counted: ReadonlyMap<string, GroupOf>): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'KeptCounts',
    create: (down) => {
      const hasCounts = () => down.schema.tables.some((t) => t.name === KEPT_COUNTS);
      return {
        ...down,
        // A write to a counted table also writes its counts: they must be in the transaction's scope.
        transaction: (stores, mode, options) => down.transaction(
          mode === 'readwrite' && stores.some((s) => counted.has(s)) && !stores.includes(KEPT_COUNTS) && hasCounts() ? [...stores, KEPT_COUNTS] : stores,
          mode, options,
        ),
        table: (name) => {
          const table = down.table(name);
          const groupOf = counted.get(name);
          if (!groupOf) return table;
          return { ...table, mutate: (req) => (reachesCounts(req.trans) ? countedMutate(down, table, name, groupOf, req) : table.mutate(req)) };
        },
      };
    },
  };
}

/** The primary key of each row a request names, where it names them (an added row's own key may be generated). */
function requestKeys(table: DBCoreTable, req: DBCoreMutateRequest): unknown[] {
  if (req.type === 'delete') return req.keys;
  if (req.type === 'deleteRange') return [];
  const { extractKey } = table.schema.primaryKey;
  return req.keys ?? (extractKey ? req.values.map(extractKey) : []);
}

/**
 * The rows a request replaces or deletes, read before it runs (an add replaces none). Promise
 * chains, not await: Dexie's middlewares below read the transaction from its zone, which a
 * native await would leave.
 */
function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<unknown[]> {
  if (req.type === 'add') return Promise.resolve([]);
  if (req.type === 'deleteRange') {
    return table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } }).then((r) => r.result);
  }
  const keys = requestKeys(table, req);
  return keys.length ? table.getMany({ trans: req.trans, keys }) : Promise.resolve([]);
}

/** How each group's count moves with a request: its rows' groups after, less those before. */
function deltasOf(table: DBCoreTable, groupOf: GroupOf, req: DBCoreMutateRequest, before: unknown[], response: DBCoreMutateResponse) {
  const deltas = new Map<string, { group: string[]; delta: number }>();
  const add = (row: unknown, delta: number) => {
    if (!row || typeof row !== 'object') return;
    const group = groupOf(row as Record<string, unknown>);
    const text = groupText(group);
    const entry = deltas.get(text) ?? { group, delta: 0 };
    entry.delta += delta;
    deltas.set(text, entry);
  };
  // A request that failed for some rows changed only the others (bulkAdd goes on past a duplicate),
  // and a key named twice in one request is one row: its first old value and its last new value.
  const done = (i: number) => !(i in response.failures);
  const keys = requestKeys(table, req);
  const firstOf = new Map<string, number>();
  const lastOf = new Map<string, number>();
  keys.forEach((key, i) => {
    if (!done(i)) return;
    const text = JSON.stringify(key);
    if (!firstOf.has(text)) firstOf.set(text, i);
    lastOf.set(text, i);
  });
  const once = (i: number, of: Map<string, number>) => req.type === 'deleteRange' || (keys[i] === undefined ? done(i) : of.get(JSON.stringify(keys[i])) === i);
  if (req.type === 'put' || req.type === 'add') req.values.forEach((row, i) => once(i, lastOf) && add(row, +1));
  before.forEach((row, i) => once(i, firstOf) && add(row, -1));
  return [...deltas.values()].filter((d) => d.delta !== 0);
}

function countedMutate(down: DBCore, table: DBCoreTable, name: string, groupOf: GroupOf, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  return rowsBefore(table, req).then((before) => table.mutate(req).then((response) => {
    const changed = deltasOf(table, groupOf, req, before, response);
    if (changed.length === 0) return response;
    const counts = down.table(KEPT_COUNTS);
    const keys = changed.map((d) => [name, d.group]);
    return counts.getMany({ trans: req.trans, keys }).then((current: (KeptCount | undefined)[]) => {
      const values: KeptCount[] = changed.map((d, i) => ({ table: name, group: d.group, count: (current[i]?.count ?? 0) + d.delta }));
      return counts.mutate({ type: 'put', trans: req.trans, values, keys });
    }).then(() => response);
  }));
}

/** Every count of a table, read in one go: a list's total is the sum of the groups its filter takes. */
export async function countsOf(db: Dexie, table: string): Promise<KeptCount[]> {
  // Groups are lists of text: every one lies between the empty list and a list holding a list.
  return db.table<KeptCount>(KEPT_COUNTS).where('[table+group]').between([table, []], [table, [[]]], true, true).toArray();
}

/** The total of the groups that match: each part of the filter is a value or null for any. */
export function sumCounts(counts: readonly KeptCount[], filter: readonly (string | null)[]): number {
  return counts.reduce((sum, c) => (filter.every((part, i) => part === null || c.group[i] === part) ? sum + c.count : sum), 0);
}

/** Counts recomputed from every row (the upgrade that brings them, and a repair). */
export async function recount(table: { each(fn: (row: Record<string, unknown>) => void): Promise<unknown> }, name: string, groupOf: GroupOf): Promise<KeptCount[]> {
  const totals = new Map<string, KeptCount>();
  await table.each((row) => {
    const group = groupOf(row);
    const text = groupText(group);
    const entry = totals.get(text) ?? { table: name, group, count: 0 };
    entry.count += 1;
    totals.set(text, entry);
  });
  return [...totals.values()];
}
