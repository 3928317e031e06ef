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

/**
 * Further groups a row counts in, any number of them, under a counter of their own name (a table's
 * own counts keep one group a row, so a sum over them is a count of rows): a failed order under each
 * of its causes.
 */
export interface MoreGroups {
  counter: string;
  groupsOf: (row: Record<string, unknown>) => string[][];
}

/** A group a row counts in, and the name its count is kept under: its table's, or a further counter's. */
type CountedGroup = readonly [counter: string, group: string[]];
/** Every group a row counts in (none for no row). */
type GroupsOf = (row: unknown) => CountedGroup[];

function groupsOfRows(name: string, groupOf: GroupOf, more: MoreGroups | undefined): GroupsOf {
  return (row) => {
    if (!row || typeof row !== 'object') return [];
    const own: CountedGroup = [name, groupOf(row as Record<string, unknown>)];
    return more ? [own, ...more.groupsOf(row as Record<string, unknown>).map((group): CountedGroup => [more.counter, group])] : [own];
  };
}

const countedText = ([counter, group]: CountedGroup) => JSON.stringify([counter, group]);

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
export function keptCountsMiddleware(counted: ReadonlyMap<string, GroupOf>, more: ReadonlyMap<string, MoreGroups> = new Map()): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'KeptCounts',
    create: (down) => {
      const hasCounts = down.schema.tables.some((t) => t.name === KEPT_COUNTS);
      return {
        ...down,
        // A write to a counted table also writes its counts: they must be in the transaction's scope.
        transaction: (stores, mode, options) => down.transaction(
          mode === 'readwrite' && stores.some((s) => counted.has(s)) && !stores.includes(KEPT_COUNTS) && hasCounts ? [...stores, KEPT_COUNTS] : stores,
          mode, options,
        ),
        table: (name) => {
          const table = down.table(name);
          const groupOf = counted.get(name);
          if (!groupOf) return table;
          const groupsOf = groupsOfRows(name, groupOf, more.get(name));
          const remember = rememberGroups(table, groupsOf);
          return {
            ...table,
            get: (req) => table.get(req).then((row: unknown) => (remember(req.trans, [req.key], [row]), row)),
            getMany: (req) => table.getMany(req).then((rows: unknown[]) => (remember(req.trans, req.keys, rows), rows)),
            query: (req) => table.query(req).then((response) => {
              const { extractKey } = table.schema.primaryKey;
              if (req.values && extractKey) remember(req.trans, response.result.map(extractKey), response.result);
              return response;
            }),
            mutate: (req) => (reachesCounts(req.trans) ? countedMutate(down, table, groupsOf, req) : table.mutate(req)),
          };
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
 * The groups of every counted row a transaction has read or written, by table and key: what a put
 * or delete replaces is mostly known already (the engine reads the statuses it then writes), so it
 * is not read twice. Groups, not rows: a caller may change a row it read before writing it back.
 */
const knownGroups = new WeakMap<DBCoreTransaction, Map<string, CountedGroup[]>>();
const knownOf = (trans: DBCoreTransaction) => {
  let known = knownGroups.get(trans);
  if (!known) knownGroups.set(trans, (known = new Map()));
  return known;
};
const knownKey = (table: DBCoreTable, key: unknown) => `${table.name}\u0000${JSON.stringify(key)}`;

function rememberGroups(table: DBCoreTable, groupsOf: GroupsOf) {
  return (trans: DBCoreTransaction, keys: readonly unknown[], rows: readonly unknown[]) => {
    const known = knownOf(trans);
    keys.forEach((key, i) => known.set(knownKey(table, key), groupsOf(rows[i])));
  };
}

/**
 * The groups of the rows a request replaces or deletes, before it runs (an add replaces none):
 * known from this transaction's reads, or read now. Promise chains, not await: Dexie's
 * middlewares below read the transaction from its zone, which a native await would leave.
 */
function groupsBefore(table: DBCoreTable, groupsOf: GroupsOf, req: DBCoreMutateRequest): Promise<CountedGroup[][]> {
  if (req.type === 'add') return Promise.resolve([]);
  if (req.type === 'deleteRange') {
    return table.query({ trans: req.trans, values: true, query: { index: table.schema.primaryKey, range: req.range } })
      .then((r) => r.result.map(groupsOf));
  }
  const known = knownOf(req.trans);
  const keys = requestKeys(table, req);
  const missing = keys.filter((key) => !known.has(knownKey(table, key)));
  const read = missing.length ? table.getMany({ trans: req.trans, keys: missing }) : Promise.resolve([]);
  return read.then((rows: unknown[]) => {
    missing.forEach((key, i) => known.set(knownKey(table, key), groupsOf(rows[i])));
    return keys.map((key) => known.get(knownKey(table, key)) ?? []);
  });
}

/** A change of one group's count. */
interface Delta {
  counted: CountedGroup;
  delta: number;
}

/** How each group's count moves with a request: its rows' groups after, less those before. */
function deltasOf(table: DBCoreTable, groupsOf: GroupsOf, req: DBCoreMutateRequest, before: CountedGroup[][], response: DBCoreMutateResponse): Delta[] {
  const deltas = new Map<string, Delta>();
  const add = (groups: readonly CountedGroup[], delta: number) => {
    for (const counted of groups) {
      const text = countedText(counted);
      const entry = deltas.get(text) ?? { counted, delta: 0 };
      entry.delta += delta;
      deltas.set(text, entry);
    }
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
  if (req.type === 'put' || req.type === 'add') req.values.forEach((row, i) => once(i, lastOf) && add(groupsOf(row), +1));
  before.forEach((groups, i) => once(i, firstOf) && add(groups, -1));
  return [...deltas.values()].filter((d) => d.delta !== 0);
}

/** What a successful request leaves: the groups of the rows it wrote, none for those it deleted. */
function rememberWrites(table: DBCoreTable, groupsOf: GroupsOf, req: DBCoreMutateRequest, response: DBCoreMutateResponse): void {
  if (req.type === 'deleteRange') return void knownGroups.delete(req.trans);
  const known = knownOf(req.trans);
  const keys = req.type === 'add' ? (response.results ?? []) : requestKeys(table, req);
  keys.forEach((key, i) => {
    if (i in response.failures) return;
    known.set(knownKey(table, key), req.type === 'delete' ? [] : groupsOf(req.values[i]));
  });
}

const NO_FAILURES: DBCoreMutateResponse = { numFailures: 0, failures: {}, lastResult: undefined };

/**
 * The counts a request moves, written beside it rather than after it: read and written as if every
 * row goes in, in parallel with the request itself (requests of one transaction run in order, so
 * the wait is the longer of the two, not their sum), and corrected in the rare case some rows failed.
 */
function countedMutate(down: DBCore, table: DBCoreTable, groupsOf: GroupsOf, req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
  const counts = down.table(KEPT_COUNTS);
  const keyOf = ({ counted: [counter, group] }: Delta) => [counter, group];
  const write = (changed: Delta[], current: (KeptCount | undefined)[]) => {
    const values: KeptCount[] = changed.map((d, i) => ({ table: d.counted[0], group: d.counted[1], count: (current[i]?.count ?? 0) + d.delta }));
    return counts.mutate({ type: 'put', trans: req.trans, values, keys: changed.map(keyOf) }).then((r) => {
      if (r.numFailures) throw Object.values(r.failures)[0];
    });
  };
  return groupsBefore(table, groupsOf, req).then((before) => {
    const planned = deltasOf(table, groupsOf, req, before, NO_FAILURES);
    const current = planned.length ? counts.getMany({ trans: req.trans, keys: planned.map(keyOf) }) : Promise.resolve([]);
    const counted = current.then((rows: (KeptCount | undefined)[]) => (planned.length ? write(planned, rows).then(() => rows) : rows));
    return Promise.all([table.mutate(req), counted]).then(([response, rows]) => {
      rememberWrites(table, groupsOf, req, response);
      if (response.numFailures === 0) return response;
      // Some rows did not go in: the counts as they were plus what really changed, over the groups
      // written as planned and any other a row that did go in belongs to (a key named twice).
      const actual = deltasOf(table, groupsOf, req, before, response);
      const deltaOf = new Map(actual.map((d) => [countedText(d.counted), d.delta]));
      const plannedGroups = new Set(planned.map((d) => countedText(d.counted)));
      const others = actual.filter((d) => !plannedGroups.has(countedText(d.counted)));
      const corrected = write(planned.map((d) => ({ counted: d.counted, delta: deltaOf.get(countedText(d.counted)) ?? 0 })), rows);
      const added = others.length ? counts.getMany({ trans: req.trans, keys: others.map(keyOf) }).then((fresh: (KeptCount | undefined)[]) => write(others, fresh)) : undefined;
      return Promise.all([corrected, added]).then(() => response);
    });
  });
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

type EachRow = { each(fn: (row: Record<string, unknown>) => void): Promise<unknown> };

/** Counts recomputed from every row, a row in each of its groups (the upgrade that brings them, and a repair). */
async function recountGroups(table: EachRow, counter: string, groupsOf: (row: Record<string, unknown>) => string[][]): Promise<KeptCount[]> {
  const totals = new Map<string, KeptCount>();
  await table.each((row) => {
    for (const group of groupsOf(row)) {
      const text = JSON.stringify(group);
      const entry = totals.get(text) ?? { table: counter, group, count: 0 };
      entry.count += 1;
      totals.set(text, entry);
    }
  });
  return [...totals.values()];
}

/** A table's own counts recomputed from every row. */
export const recount = (table: EachRow, name: string, groupOf: GroupOf): Promise<KeptCount[]> => recountGroups(table, name, (row) => [groupOf(row)]);

/** A further counter's counts recomputed from every row of its table. */
export const recountMore = (table: EachRow, more: MoreGroups): Promise<KeptCount[]> => recountGroups(table, more.counter, more.groupsOf);
