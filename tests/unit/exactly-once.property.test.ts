import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HqDatabase } from '../../shared/db/hq-database';
import { HqEngine } from '../../shared/engine/hq-engine';
import { interruptOrphanedRuns } from '../../shared/run-history/record-job-run';
import { runSynchronizeOrdersJob } from '../../shared/orders/synchronize/synchronize-orders-job';
import { LINE_ENTITY_NAMES, type RetailTransactionHeader, type TransactionKey } from '../../shared/orders/transaction-entities';
import { CUSTOMER_TERM_COUNTS, CUSTOMER_TERMS } from '../../shared/customers/customer-search';
import { KEPT_COUNTS } from '../../shared/db/kept-counts';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { fixes, uploadAll } from '../support/fixes';
import { SALES_ORDER_SEQUENCE } from '../../shared/demo/demo-organization';
import { mutateHook } from '../support/mutate-hook';

/**
 * Exactly-once under interleaving: scheduled runs of Synchronize orders, a person's Synchronize
 * order clicks, cancels and reloads (the worker dies: its connection closes mid-work, a new one
 * marks what it left), in random order over random small sets of transactions, orders of customers
 * created offline among them (Synchronize orders creates such a customer first). Whatever happens,
 * no transaction gets two sales orders, none is lost, the number sequence has no gap or reuse, and
 * no customer created offline is created twice.
 */
const PER_TRANSACTION = new Set<string>(['RetailTransactionTable', 'RetailTransactionOrderStatus', ...LINE_ENTITY_NAMES]);
// Customer synchronization status's search terms are keys without rows: Synchronize orders reads none.
const LEFT_OUT = new Set(['salesOrders', 'salesOrderPayments', 'orderSyncLog', 'jobRuns', KEPT_COUNTS, 'channelTransactionRecords', 'channelCustomerOperations', 'uploadSessions', 'uploadSetAside', CUSTOMER_TERMS, CUSTOMER_TERM_COUNTS]);
const keyText = (row: TransactionKey) => [row.dataAreaId, row.store, row.terminal, row.transactionId].join('|');

let template = new Map<string, Record<string, unknown>[]>();
/** Transactions that become a sales order when nothing interferes (their data and configuration are good). */
let orderable: string[] = [];
/** Those of them whose customer was created offline: their async account, by the transaction's key. */
const offlineAccountOf = new Map<string, string>();
/** The tables Synchronize orders writes, as one undisturbed run of it wrote them: each case starts them afresh. */
const written = new Set<string>();

// A reload makes the dying worker's runs fail on a closed database, each logged to the developer console.
const quiet = vi.spyOn(console, 'error');
afterAll(() => quiet.mockRestore());

beforeAll(async () => {
  quiet.mockImplementation(() => undefined);
  const db = await seededDatabase(mutateHook('written-by-the-job', (table, _request, next) => (written.add(table), next())));
  await Promise.all(Object.values(fixes).map((fix) => fix(db)));
  await uploadAll(db);
  template = new Map(await Promise.all(db.tables.filter((t) => !LEFT_OUT.has(t.name)).map(async (t) => [t.name, await t.toArray()] as const)));
  written.clear();
  await runSynchronizeOrdersJob(db, { kind: 'all' }, { now: steppingClock() });
  const succeeded = await db.RetailTransactionOrderStatus.filter((s) => s.Status === 'Succeeded').toArray();
  orderable = succeeded.map(keyText);
  // As uploaded: the run wrote the account HQ gave each customer created offline into its orders' headers.
  const uploadedHeaders = new Map((template.get('RetailTransactionTable') as unknown as RetailTransactionHeader[]).map((h) => [keyText(h), h]));
  for (const key of orderable) {
    const header = uploadedHeaders.get(key)!;
    if (!header.custAccount && header.CustAccountAsync) offlineAccountOf.set(key, header.CustAccountAsync);
  }
  db.close();
  for (const [table, rows] of template) {
    if (!PER_TRANSACTION.has(table)) continue;
    const byKey = new Map<string, Record<string, unknown>[]>();
    for (const row of rows) byKey.set(keyText(row as unknown as TransactionKey), [...(byKey.get(keyText(row as unknown as TransactionKey)) ?? []), row]);
    rowsByKey.set(table, byKey);
  }
  current = reopen();
  await current.transaction('rw', current.tables, async () => {
    for (const [table, rows] of template) if (!PER_TRANSACTION.has(table)) await current.table(table).bulkAdd(rows);
  });
}, 30_000);

// One database for every case (creating IndexedDB's 45 stores a thousand times would be most of
// the time): each case empties what the jobs write and puts in its own transactions.
const options = { indexedDB: new IDBFactory(), IDBKeyRange };
const reopen = () => new HqDatabase('exactly-once', options);
let current: HqDatabase;
const rowsByKey = new Map<string, Map<string, Record<string, unknown>[]>>();

/**
 * The database holding the configuration, the customers as the channel left them (those created
 * offline not yet synchronized) and just these transactions, none synchronized yet.
 */
async function databaseWith(keys: readonly string[]) {
  const db = current;
  const afresh = new Set([...written, ...PER_TRANSACTION, 'jobRuns']);
  await db.transaction('rw', [...afresh].map((t) => db.table(t)), async () => {
    for (const table of afresh) {
      await db.table(table).clear();
      const byKey = rowsByKey.get(table);
      await db.table(table).bulkAdd(byKey ? keys.flatMap((k) => byKey.get(k) ?? []) : (template.get(table) ?? []));
    }
  });
  return db;
}

type Step = { kind: 'schedule' } | { kind: 'click'; pick: number[] } | { kind: 'cancel' } | { kind: 'reload' };
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ kind: 'schedule' as const }),
  fc.record({ kind: fc.constant('click' as const), pick: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
  fc.constant({ kind: 'cancel' as const }),
  fc.constant({ kind: 'reload' as const }),
);

const yieldTurns = async (turns: number) => {
  for (let i = 0; i < turns; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('exactly-once, under any interleaving', () => {
  it('never makes a second sales order, never loses a transaction, never skips or reuses a number', async () => {
    expect(orderable.length).toBeGreaterThan(10);
    const offline = [...offlineAccountOf.keys()];
    expect(offline.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.nat({ max: orderable.length - 1 }), { minLength: 1, maxLength: 4 }),
        // One order of a customer created offline, or none.
        fc.option(fc.nat({ max: offline.length - 1 }), { nil: null }),
        fc.array(fc.tuple(step, fc.nat({ max: 3 })), { minLength: 1, maxLength: 5 }),
        async (picked, withOffline, steps) => {
          const keys = [...new Set([...picked.map((i) => orderable[i]!), ...(withOffline === null ? [] : [offline[withOffline]!])])];
          const first = await databaseWith(keys);
          const keyObjects = (await first.RetailTransactionTable.toArray()).map(({ dataAreaId, store, terminal, transactionId }) => ({ dataAreaId, store, terminal, transactionId }));
          const startNext = (await first.numberSequences.get(SALES_ORDER_SEQUENCE))!.next;
          let db = first;
          let engine = new HqEngine(db, steppingClock());
          const settled: Promise<unknown>[] = [];
          for (const [s, wait] of steps) {
            await yieldTurns(wait);
            if (s.kind === 'schedule') settled.push(engine.execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'schedule', batchJobId: null }).catch(() => null));
            if (s.kind === 'click') settled.push(engine.execute({ type: 'synchronizeOrders', keys: s.pick.map((i) => keyObjects[i % keyObjects.length]!) }).catch(() => null));
            if (s.kind === 'cancel') {
              const running = await db.jobRuns.where('status').anyOf('Executing', 'Waiting').last().catch(() => undefined);
              if (running) settled.push(engine.execute({ type: 'cancel', target: { runId: running.id! } }).catch(() => null));
            }
            if (s.kind === 'reload') {
              // The page dies: its worker's connection goes, whatever it was doing; the next page's worker marks what it left.
              db.close();
              db = current = reopen();
              await interruptOrphanedRuns(db, new Date());
              engine = new HqEngine(db, steppingClock());
            }
          }
          await Promise.all(settled);
          // Then the scheduled run comes round once more, undisturbed.
          await engine.execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'schedule', batchJobId: null });

          const orders = await db.salesOrders.toArray();
          const statuses = await db.RetailTransactionOrderStatus.toArray();
          // Not lost: every transaction is still there and ends with its one sales order.
          expect(await db.RetailTransactionTable.count()).toBe(keys.length);
          expect(statuses.map((s) => [keyText(s), s.Status]).sort()).toEqual(keys.map((k) => [k, 'Succeeded']).sort());
          // No duplicate: one order per transaction, each the one its status names.
          expect(new Set(orders.map(keyText)).size).toBe(orders.length);
          expect(orders.map((o) => [keyText(o), o.salesOrderId]).sort()).toEqual(statuses.map((s) => [keyText(s), s.SalesId]).sort());
          // The number sequence: the next numbers in a row, none skipped, none twice.
          const numbers = orders.map((o) => Number(o.salesOrderId.replace(/\D/g, ''))).sort((a, b) => a - b);
          expect(numbers).toEqual(Array.from({ length: keys.length }, (_, i) => startNext + i));
          expect((await db.numberSequences.get(SALES_ORDER_SEQUENCE))!.next).toBe(startNext + keys.length);
          // A customer created offline is created once, and its order carries the account HQ gave it.
          const customersBefore = template.get('customers')!.length;
          const created = (await db.asyncCustomers.toArray()).filter((op) => op.operation === 'Create' && op.status === 'Succeeded');
          expect(await db.customers.count()).toBe(customersBefore + created.length);
          for (const key of keys.filter((k) => offlineAccountOf.has(k))) {
            const op = created.find((o) => o.asyncCustomerAccount === offlineAccountOf.get(key));
            expect(op, `the customer of ${key}`).toBeDefined();
            expect(orders.find((o) => keyText(o) === key)!.customerAccount).toBe(op!.customerAccount);
          }
          // No run is left looking as if it were still under way.
          expect(await db.jobRuns.where('status').anyOf('Executing', 'Waiting').count()).toBe(0);
        },
      ),
      { numRuns: 1_000 },
    );
  }, 300_000); // a thousand cases: about 45 s of CPU alone, longer beside the rest of the suite on two cores
});
