import { describe, expect, it } from 'vitest';
import { cmp, Dexie, type IndexableType, type IndexableTypeArrayReadonly, type Table, type Transaction } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HqDatabase } from '../../shared/db/hq-database';
import { COUNTED_GROUPS, COUNTED_LISTS } from '../../shared/db/counted-groups';
import { countsOf, KEPT_COUNTS, recount, recountMore } from '../../shared/db/kept-counts';
import { NEWER_DATABASE_MESSAGE, newerVersionOnDisk } from '../../shared/db/newer-version';
import { HqEngine } from '../../shared/engine/hq-engine';
import { queryTransactionsPage } from '../../shared/orders/transactions-page';
import { steppingClock } from '../support/memory-database';
import { HQ_PARAMETERS_ID } from '../../shared/master-data/master-data';
import { OPERATION_TERM_COUNTS, OPERATION_TERMS, REPLACED_FIELDS, rowsAtVersion, SHAPES_UP_TO, type WrittenTable } from '../support/rows-at-version';

/** What each version(n) of HqDatabase declares, read from the class itself, so a version added later is covered too. */
interface DeclaredVersion {
  _cfg: { version: number; storesSource: Record<string, string | null>; contentUpgrade: ((tx: Transaction) => void | PromiseLike<unknown>) | null };
}
const declaredVersions = (db: Dexie): DeclaredVersion[] =>
  [...(db as unknown as { _versions: DeclaredVersion[] })._versions].sort((a, b) => a._cfg.version - b._cfg.version);

type Options = { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };

/** A Dexie that declares the stores of versions 1..n exactly as HqDatabase does: a database as version n's app created it. */
function appAtVersion(name: string, n: number, options: Options): Dexie {
  const old = new Dexie(name, options);
  for (const { _cfg } of declaredVersions(new HqDatabase('declared', options)).filter((v) => v._cfg.version <= n)) old.version(_cfg.version).stores(_cfg.storesSource);
  return old;
}

/** A table's rows by their keys, for the rows that hold them and for those that do not (the search's tables). */
const keysOf = (table: Table, { rows, keys }: WrittenTable): IndexableType[] => {
  const path = table.schema.primKey.keyPath;
  return (keys as IndexableType[] | undefined) ?? (rows as Record<string, IndexableType>[]).map((row) => (Array.isArray(path) ? (path.map((p) => row[p]!) as IndexableType) : row[path!]!));
};

/** Opens a database version n's app wrote, with its hand-written rows, through today's class: every upgrade after n runs. */
async function upgradedFrom(n: number): Promise<{ db: HqDatabase; written: Map<string, WrittenTable> }> {
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  const written = rowsAtVersion(n);
  const old = appAtVersion(`written-by-v${n}`, n, options);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [name, { rows, keys }] of written) {
      // Dexie's types know no keys made of arrays of different types; IndexedDB does.
      await (keys ? old.table(name).bulkAdd(rows, keys as unknown as IndexableTypeArrayReadonly) : old.table(name).bulkAdd(rows));
    }
  });
  old.close();
  const db = new HqDatabase(`written-by-v${n}`, options);
  await db.open();
  return { db, written };
}

describe('schema migrations', () => {
  const latest = Math.max(...declaredVersions(new HqDatabase('declared', { indexedDB: new IDBFactory(), IDBKeyRange })).map((v) => v._cfg.version));
  const versions = declaredVersions(new HqDatabase('declared', { indexedDB: new IDBFactory(), IDBKeyRange })).map((v) => v._cfg.version);
  // Version 1 kept transactions as single documents: schema-upgrade.test.ts writes that shape and follows it into HQ's tables.
  const earlier = versions.filter((v) => v > 1 && v < latest);

  it('declares numbered versions from 1 up, each once with its stores, and knows the rows of every one before the newest', () => {
    // Numbers are handed out to work done side by side, so one may be missing; none repeats.
    expect(versions[0]).toBe(1);
    expect(versions.every((v, i) => i === 0 || v > versions[i - 1]!)).toBe(true);
    expect(earlier.length).toBeGreaterThan(0);
    // A version added later needs the shape of its predecessor's rows in rows-at-version.ts.
    expect(SHAPES_UP_TO).toBeGreaterThanOrEqual(earlier.at(-1)!);
  });

  it.each(earlier)('opens a database written by version %i with every row intact, and every upgrade after it done', async (n) => {
    const { db, written } = await upgradedFrom(n);
    expect(db.verno).toBe(latest);
    for (const [name, fixture] of written) {
      if (name === KEPT_COUNTS) continue;
      const table = db.table(name);
      const keys = keysOf(table, fixture);
      expect(await table.count(), name).toBe(fixture.rows.length);
      const found = await table.bulkGet(keys);
      // Each row is still there with every field it had but those a later upgrade replaced; an upgrade may add fields.
      const replaced = REPLACED_FIELDS[name] ?? [];
      fixture.rows.forEach((row, i) => {
        const where = `${name} ${JSON.stringify(keys[i])}`;
        if (typeof row === 'object') {
          const kept = Object.fromEntries(Object.entries(row as object).filter(([field]) => !replaced.includes(field)));
          expect(found[i], where).toMatchObject(kept);
          for (const field of replaced) expect(found[i], where).not.toHaveProperty(field);
        }
        else expect(found[i], where).toEqual(row);
      });
    }
    const statuses = await db.RetailTransactionOrderStatus.toArray();
    const operation = (await db.asyncCustomers.get('OP-C0001'))!;
    // Version 5: runs carry the words Run history's search finds them by.
    expect((await db.jobRuns.get(1))!.searchWords).toEqual(['p', '0001', 'channel', 'transactions', 'all', 'database', 'groups']);
    // Version 7: each order status carries its header's customer accounts; each operation its e-mail and phone.
    expect(statuses.map((s) => s.customerKeys)).toEqual([['004001'], ['004001']]);
    expect([operation.email, operation.phone]).toEqual(['sigrid.aasen@example', '+47 91234567']);
    // Version 8: each failure has its cause, from its text where none was stored (an operation's is then data of no known kind).
    // Version 15: every cause of a failure, the one it had first.
    expect(statuses.map((s) => s.ErrorCauses)).toEqual([[], ['numberSequence']]);
    expect(operation.lastErrorCause).toBe(n >= 8 ? 'field:email' : 'customerData');
    // Version 9: the operation is found by each of its values; version 10: the values many operations share are counted.
    expect(await db.asyncCustomerTerms.toCollection().primaryKeys()).toEqual([...OPERATION_TERMS].sort(cmp));
    const counts = await db.asyncCustomerTermCounts.toCollection().primaryKeys();
    expect(counts).toEqual([...OPERATION_TERM_COUNTS].sort(cmp));
    expect(await db.asyncCustomerTermCounts.toArray()).toEqual(OPERATION_TERM_COUNTS.map(() => 1));
    // Version 11: the demo HQ's master data (a database with stores is one) as rows.
    expect(await db.countryRegions.count()).toBeGreaterThan(0);
    expect((await db.hqParameters.get(HQ_PARAMETERS_ID))?.salesOrderSequence).toBe('USRT-SO');
    // Version 14: a coupling has its Table ID, and the CRM's side starts from the one result it kept.
    if (n >= 6) expect(await db.crmCouplings.get(1)).toMatchObject({ tableId: 18, lastSynchResult: 'Success', lastSynchCrmResult: 'Success', lastSynchCrmJobId: null });
    // The kept counts agree with the rows (made by version 5's upgrade, recounted by version 8's, or kept since).
    for (const [name, groupOf] of COUNTED_GROUPS) {
      const kept = (await countsOf(db, name)).filter((c) => c.count > 0);
      expect(kept.map((c) => [c.group, c.count]).sort(), `${name}, written by version ${n}`)
        .toEqual((await recount(db.table(name), name, groupOf)).map((c) => [c.group, c.count]).sort());
    }
    // Version 15: each failure counted once more under each of its causes.
    for (const [name, more] of COUNTED_LISTS) {
      const kept = (await countsOf(db, more.counter)).filter((c) => c.count > 0);
      expect(kept.map((c) => [c.group, c.count]).sort(), `${more.counter}, written by version ${n}`)
        .toEqual((await recountMore(db.table(name), more)).map((c) => [c.group, c.count]).sort());
    }
    expect((await countsOf(db, 'RetailTransactionOrderStatus lists')).map((c) => [c.group, c.count])).toEqual([[['online', 'FAB', 'numberSequence'], 1]]);
    // Version 16: a table for what a refresh of a pulled workspace finds changed on both sides (none here).
    expect(await db.refreshConflicts.count()).toBe(0);
    const byCause = await queryTransactionsPage(db, { kind: 'online', reference: '', customerAccount: '', status: 'Failed', storeId: 'FAB', cause: 'numberSequence' }, { page: 0, pageSize: 10, descending: true });
    expect(byCause.rows.map((r) => r.status.transactionId)).toEqual(['FAB-W-000002']);
    // And the upgraded database works: Synchronize orders makes the order its number sequence has room for.
    const outcome = await new HqEngine(db, steppingClock()).execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null });
    expect(outcome).toMatchObject({ status: 'Ended', counts: { succeeded: 2, failed: 0 } });
    expect((await db.salesOrders.toArray()).map((o) => o.salesOrderId)).toEqual(['SO-014321', 'SO-014322']);
    db.close();
  });

  it('gives an imported workspace (a database without stores) no master data at version 11', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const old = appAtVersion('imported-at-v10', 10, options);
    await old.open();
    const { rows } = rowsAtVersion(10).get('RetailTransactionTable')!;
    await old.table('RetailTransactionTable').bulkAdd(rows);
    old.close();
    const db = new HqDatabase('imported-at-v10', options);
    await db.open();
    expect(await db.RetailTransactionTable.count()).toBe(rows.length);
    expect(await db.countryRegions.count()).toBe(0);
    expect(await db.hqParameters.count()).toBe(0);
    db.close();
  });
});

describe('a database written by a newer version', () => {
  /** The app one version on: a version n+1 with a table of its own and a new index. */
  class NewerHqDatabase extends HqDatabase {
    constructor(name: string, options: Options) {
      super(name, options);
      this.version(this.verno + 1).stores({ laterTable: 'id', regions: 'id, name' });
    }
  }

  it('opens read-only: every row can be read, every write is refused with a clear message and nothing changes', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const newer = new NewerHqDatabase('from-the-future', options);
    await newer.open();
    const { seedDemoData } = await import('../../shared/demo/seed-demo-data');
    await seedDemoData(newer);
    await newer.table('laterTable').add({ id: 'kept' });
    const before = await newer.regions.toArray();
    newer.close();

    const db = new HqDatabase('from-the-future', options);
    await db.open();
    expect(newerVersionOnDisk(db)).toBe(db.verno + 1);
    expect(await db.regions.toArray()).toEqual(before);
    await expect(db.regions.put({ ...before[0]!, name: 'Renamed' })).rejects.toThrow(NEWER_DATABASE_MESSAGE);
    await expect(db.transaction('rw', db.stores, () => db.stores.clear())).rejects.toThrow(NEWER_DATABASE_MESSAGE);
    const outcome = await new HqEngine(db, steppingClock()).execute({ type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: null }, trigger: 'manual', batchJobId: null })
      .catch((error: Error) => error);
    expect((outcome as Error).message).toBe(NEWER_DATABASE_MESSAGE);
    expect(await db.regions.toArray()).toEqual(before);
    expect(await db.stores.count()).toBeGreaterThan(0);
    expect(await db.jobRuns.count()).toBe(0);
    db.close();

    // The newer version still finds its own data as it left it.
    const again = new NewerHqDatabase('from-the-future', options);
    expect(await again.table('laterTable').toArray()).toEqual([{ id: 'kept' }]);
    expect(newerVersionOnDisk(await again.open())).toBeNull();
    again.close();
  });
});
