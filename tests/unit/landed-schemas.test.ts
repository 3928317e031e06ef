import { beforeAll, describe, expect, it } from 'vitest';
import type { Table } from 'dexie';
import { HqDatabase } from '../../shared/db/hq-database';
import { COUNTED_GROUPS } from '../../shared/db/counted-groups';
import { CUSTOMER_TERM_COUNTS, CUSTOMER_TERMS } from '../../shared/customers/customer-search';
import { countsOf, KEPT_COUNTS, recount } from '../../shared/db/kept-counts';
import { runWords } from '../../shared/db/run-search-words';
import type { AsyncCustomer } from '../../shared/customers/customers';
import { HqEngine } from '../../shared/engine/hq-engine';
import { queryCustomerOperations } from '../../shared/customers/customer-operations';
import { queryRunHistoryPage } from '../../shared/run-history/run-history-page';
import { LANDED_BUILDS } from '../support/landed-builds';
import { steppingClock } from '../support/memory-database';
import { appDeclaring, freshOptions, keysOf, latestVersion, workedDatabase, writeTables, type Written } from '../support/schema-history';

/** The tables derived from the others, compared whole once the database is upgraded. */
const DERIVED = new Set([CUSTOMER_TERMS, CUSTOMER_TERM_COUNTS, KEPT_COUNTS]);

/** A table's keys and rows as text, sorted: two tables of out-of-line keys hold the same when these are equal. */
const contentOf = ({ rows, keys }: Written): string[] => keys!.map((key, i) => JSON.stringify([key, rows[i]])).sort();
const stored = async (table: Table): Promise<Written> => ({ rows: await table.toArray(), keys: await table.toCollection().primaryKeys() });

describe('a database of every build that landed on main, its versions renumbered since or not', () => {
  // The rows a worked demo holds, as today's engine wrote them: every build's database is made from them.
  let worked = new Map<string, Written>();
  beforeAll(async () => {
    worked = await workedDatabase();
  }, 30_000);

  it.each(LANDED_BUILDS.map((b) => [b.build, b] as const))('upgrades one of %s with every row and every feature: the search, its counts, the kept counts, Run history\u2019s search', async (_, landed) => {
    const options = freshOptions();
    const tables = new Map([...worked].map(([name, { rows, keys }]) => [name, { rows: [...rows], keys: keys && [...keys] }]));
    await landed.shape(tables);
    const old = appDeclaring('landed', landed.versions, options);
    await old.open();
    const tablesThen = new Set(old.tables.map((t) => t.name));
    await writeTables(old, tables);
    old.close();

    const db = new HqDatabase('landed', options);
    await db.open();
    expect(db.verno).toBe(latestVersion());
    // Every row it held is there, with every field today's has: what it lacked is derived again.
    for (const table of db.tables.filter((t) => tablesThen.has(t.name) && !DERIVED.has(t.name))) {
      const fixture = worked.get(table.name)!;
      const found = await table.bulkGet(keysOf(table, fixture));
      expect(found, table.name).toEqual(fixture.rows.map((row) => (typeof row === 'object' ? expect.objectContaining(row) : row)));
      expect(await table.count(), table.name).toBe(fixture.rows.length);
    }
    // The search and its counts are what today's engine keeps for the same operations.
    for (const name of [CUSTOMER_TERMS, CUSTOMER_TERM_COUNTS]) expect(contentOf(await stored(db.table(name))), name).toEqual(contentOf(worked.get(name)!));
    for (const [name, groupOf] of COUNTED_GROUPS) {
      const kept = (await countsOf(db, name)).filter((c) => c.count > 0).map((c) => [c.group, c.count]).sort();
      expect(kept, name).toEqual((await recount(db.table(name), name, groupOf)).map((c) => [c.group, c.count]).sort());
    }
    // Searching a name or an e-mail finds the operation; Run history's search finds a run by its job.
    const operation = (worked.get('asyncCustomers')!.rows as AsyncCustomer[]).find((op) => op.email && op.name)!;
    for (const [field, value] of [['name', operation.name], ['email', operation.email]] as const) {
      expect((await queryCustomerOperations(db, { field, value, status: 'all' })).map((r) => r.header.operationId), `${field} ${value}`).toContain(operation.operationId);
    }
    const runs = await db.jobRuns.toArray();
    expect(runs.every((run) => run.searchWords?.join(' ') === runWords(run).join(' '))).toBe(true);
    const found = await queryRunHistoryPage(db, { jobId: 'all', status: 'all', search: 'synchronize', startedFrom: null }, { page: 0, pageSize: 25, descending: true });
    expect(found.total).toBe(runs.filter((r) => r.jobId.startsWith('synchronize')).length);
    // And the jobs run on it.
    const outcome = await new HqEngine(db, steppingClock()).execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null });
    expect(outcome.status).toBe('Ended');
    db.close();
  }, 30_000);
});
