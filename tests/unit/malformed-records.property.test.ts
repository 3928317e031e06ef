import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { HqEngine } from '../../shared/engine/hq-engine';
import { generateTransaction } from '../../shared/channel/simulator/generate-transaction';
import { demoChannelCatalog } from '../../shared/demo/demo-parameters';
import { createRandom } from '../../shared/platform/prng';
import { TRANSACTION_FAULTS, TRANSACTION_FAULT_KINDS, withTransactionFault, type TransactionFault } from '../../shared/channel/simulator/channel-faults';
import { ENTITY_NAMES, TRANSACTION_ENTITIES, fieldsOf, keyText, type EntityName } from '../../shared/orders/transaction-entities';
import { inSentence } from '../../shared/orders/field-rules';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { fixes } from '../support/fixes';
import { runJob } from '../support/customers';
import { CORE_FIELDS, type CoreField } from '../../shared/customers/customers';
import { CORE_FIELD_LABELS } from '../../shared/customers/customer-rules';
import { simulateCustomerOperations } from '../../shared/channel/simulator/simulate-channel-customers';

const JS_ERROR = /Cannot read|is not a function|is not iterable|TypeError|Invalid input|\[object Object\]/;

/** A random wrong value for a field: gone, empty, of the wrong kind, or not a number at all. */
type Corruption = 'delete' | 'null' | 'wrongType' | 'nan';
interface FieldDamage { entity: EntityName; field: string; corruption: Corruption }
/** Damage to a record's shape, not one field: what a broken channel or a hand-edited export can send. */
type Shape = 'tablesNull' | 'rowNotRecord' | 'linesNotList' | 'loneSurrogate' | 'bigint';
type Damage = { kind: 'field'; damage: FieldDamage } | { kind: 'fault'; fault: TransactionFault } | { kind: 'shape'; shape: Shape } | { kind: 'none' };

/** What each named fault's message must name. */
const FAULT_NAMES: Record<TransactionFault, string> = {
  noLines: 'Sales transactions', quantityMissing: 'quantity', priceMissing: 'price', paymentsDoNotAddUp: 'Payment transactions',
  unknownItem: 'item number', unknownTenderType: 'tender type', unknownCurrency: 'currency', shippingWithoutAddress: 'Address transactions',
  taxForMissingLine: 'Tax transactions', discountForMissingLine: 'Discount transactions', dateMissing: 'date', priceNotANumber: 'price',
  amountAsText: 'gross amount', transactionIdMissing: 'transaction number',
};

const SHAPES: Record<Shape, { apply: (t: Record<string, unknown>) => void; expected: Expected }> = {
  tablesNull: { apply: () => undefined, expected: { outcome: 'setAside', names: ['Transaction'] } }, // the record holds nothing at all
  rowNotRecord: { apply: (t) => { t.RetailTransactionSalesTrans = ['a line']; }, expected: { outcome: 'setAside', names: ['Sales transactions, row 1', 'not a record'] } },
  linesNotList: { apply: (t) => { t.RetailTransactionPaymentTrans = 'paid'; }, expected: { outcome: 'setAside', names: ['Payment transactions', 'not a list'] } },
  loneSurrogate: {
    // Text a channel may send that is not valid Unicode: HQ stores it as it came (there is no rule against it).
    apply: (t) => { for (const rows of Object.values(t)) for (const row of [rows].flat() as Record<string, unknown>[]) row.transactionId = `${String(row.transactionId)}\uD83D`; },
    expected: { outcome: 'good' },
  },
  bigint: { apply: (t) => { (t.RetailTransactionTable as Record<string, unknown>).grossAmount = 10n; }, expected: { outcome: 'setAside', names: ['gross amount', 'not a number'] } },
};

const fieldDamage: fc.Arbitrary<FieldDamage> = fc.constantFrom(...ENTITY_NAMES).chain((entity) =>
  fc.record({ entity: fc.constant(entity), field: fc.constantFrom(...Object.keys(fieldsOf(entity))), corruption: fc.constantFrom<Corruption>('delete', 'null', 'wrongType', 'nan') }));
const damage: fc.Arbitrary<Damage> = fc.oneof(
  { arbitrary: fieldDamage.map((d) => ({ kind: 'field' as const, damage: d })), weight: 4 },
  { arbitrary: fc.constantFrom(...TRANSACTION_FAULT_KINDS).map((f) => ({ kind: 'fault' as const, fault: f })), weight: 2 },
  { arbitrary: fc.constantFrom(...(Object.keys(SHAPES) as Shape[])).map((shape) => ({ kind: 'shape' as const, shape })), weight: 1 },
  { arbitrary: fc.constant({ kind: 'none' as const }), weight: 2 },
);

/** Where a damaged transaction must end up, and what its message must name. */
type Expected = { outcome: 'good' } | { outcome: 'setAside' | 'failed'; names: string[] };

function expectationOf(d: FieldDamage, rowExists: boolean): Expected {
  if (!rowExists) return { outcome: 'good' };
  const spec = fieldsOf(d.entity)[d.field]!;
  const names = [TRANSACTION_ENTITIES[d.entity].label, inSentence(spec.label)];
  const wrongKind = d.corruption === 'nan' || (d.corruption === 'wrongType');
  if (spec.key) return { outcome: 'setAside', names };
  if (wrongKind) return { outcome: 'setAside', names };
  // An emptied value: fine unless Synchronize orders needs it (the order's own amounts, items, dates…).
  return spec.required ? { outcome: 'failed', names } : { outcome: 'good' };
}

function damaged(tables: Record<string, unknown>, d: FieldDamage): boolean {
  const rows = d.entity === 'RetailTransactionTable' ? [tables.RetailTransactionTable] : (tables[d.entity] as unknown[]);
  const row = rows[0] as Record<string, unknown> | undefined;
  if (!row) return false;
  const spec = fieldsOf(d.entity)[d.field]!;
  if (d.corruption === 'delete') delete row[d.field];
  else if (d.corruption === 'null') row[d.field] = null;
  else if (d.corruption === 'nan') row[d.field] = Number.NaN;
  else row[d.field] = spec.kind === 'text' || spec.kind === 'date' || spec.kind === 'enum' ? { value: 12 } : 'twelve';
  return true;
}

describe('malformed channel records, at random', () => {
  it('never end a run in Error: each bad record fails alone, naming its table and field; every good one succeeds; no transaction gets two sales orders', async () => {
    await fc.assert(fc.asyncProperty(fc.array(damage, { minLength: 20, maxLength: 50 }), fc.integer({ min: 1, max: 1_000_000 }), async (damages, seed) => {
      const db = await seededDatabase();
      await Promise.all(Object.values(fixes).map((fix) => fix(db)));
      const engine = new HqEngine(db, steppingClock());
      await db.channelTransactionRecords.clear(); // only this case's records, on the demo's HQ
      const stores = (await db.stores.where('kind').equals('online').toArray());
      const random = createRandom(seed);
      const expected = new Map<number, Expected>();
      const seqOf = new Map<string, number>();
      const records = damages.map((d, i) => {
        const store = stores[i % stores.length]!;
        const seq = i + 1;
        const bundle = generateTransaction(random, { store, seq, number: 100_000 + i, transDate: new Date(Date.UTC(2026, 10, 20, 8) + i * 60_000) }, demoChannelCatalog);
        seqOf.set(bundle.RetailTransactionTable.transactionId, seq);
        let tables: Record<string, unknown> = structuredClone(bundle);
        if (d.kind === 'fault') {
          tables = withTransactionFault(bundle, d.fault);
          const caughtBy = TRANSACTION_FAULTS[d.fault].caughtBy;
          expected.set(seq, { outcome: caughtBy === 'P-0001' ? 'setAside' : 'failed', names: [FAULT_NAMES[d.fault]] });
        } else if (d.kind === 'field') {
          expected.set(seq, expectationOf(d.damage, damaged(tables, d.damage)));
        } else if (d.kind === 'shape') {
          SHAPES[d.shape].apply(tables);
          if (d.shape === 'tablesNull') tables = null as never;
          if (d.shape === 'loneSurrogate') seqOf.set(`${bundle.RetailTransactionTable.transactionId}\uD83D`, seq);
          expected.set(seq, SHAPES[d.shape].expected);
        } else expected.set(seq, { outcome: 'good' });
        return { channelDatabaseId: store.channelDatabaseId, seq, tables };
      });
      await db.channelDatabases.where('id').equals('ECOMM-CDB').modify({ replicationCounter: records.length });
      await db.uploadWatermarks.clear();
      await db.channelTransactionRecords.bulkAdd(records);

      const upload = await runJob(engine, 'P-0001');
      const sync = await engine.execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null });
      expect(upload.status).toBe('Ended');
      expect(sync.status).toBe('Ended');

      const setAside = new Map((await db.uploadSetAside.toArray()).map((r) => [r.seq, r.reason]));
      const statuses = await db.RetailTransactionOrderStatus.toArray();
      const statusBySeq = new Map(statuses.map((s) => [seqOf.get(s.transactionId), s]));
      for (const [seq, want] of expected) {
        const reason = setAside.get(seq) ?? statusBySeq.get(seq)?.ErrorDetail ?? '';
        expect(reason, `record ${seq}`).not.toMatch(JS_ERROR);
        if (want.outcome === 'good') {
          expect(statusBySeq.get(seq)?.Status, `record ${seq}: ${reason}`).toBe('Succeeded');
        } else if (want.outcome === 'setAside') {
          expect(setAside.has(seq), `record ${seq} set aside`).toBe(true);
        } else {
          expect(statusBySeq.get(seq)?.Status, `record ${seq}`).toBe('Failed');
        }
        for (const name of want.outcome === 'good' ? [] : want.names) expect(reason.toLowerCase(), `record ${seq}`).toContain(name.toLowerCase());
      }
      const orders = await db.salesOrders.toArray();
      expect(new Set(orders.map(keyText)).size).toBe(orders.length);
      expect(orders.length).toBe(statuses.filter((s) => s.Status === 'Succeeded' && s.SalesId).length);
    }), { numRuns: 60 });
  }, 120_000);

  it('never end Synchronize customers in Error either: each bad customer operation is set aside or fails alone, naming its field', async () => {
    type Target = { group: 'values'; field: CoreField } | { group: 'operation' | 'operationTimestamp' } | { group: 'attribute' };
    const target: fc.Arbitrary<Target> = fc.oneof(
      { arbitrary: fc.constantFrom(...CORE_FIELDS).map((field) => ({ group: 'values' as const, field })), weight: 5 },
      fc.constantFrom<Target>({ group: 'operation' }, { group: 'operationTimestamp' }, { group: 'attribute' }),
    );
    const damages = fc.array(fc.option(fc.record({ target, corruption: fc.constantFrom('delete', 'empty', 'wrongType') }), { nil: null }), { minLength: 5, maxLength: 30 });
    await fc.assert(fc.asyncProperty(damages, async (plan) => {
      const db = await seededDatabase();
      const engine = new HqEngine(db, steppingClock());
      await Promise.all([db.channelTransactionRecords.clear(), db.channelCustomerOperations.clear()]);
      await simulateCustomerOperations(db, 'create', plan.length, new Date(Date.UTC(2026, 10, 22, 9)));
      const ops = await db.channelCustomerOperations.orderBy('operationId').toArray();
      const expected = new Map<string, { outcome: 'good' | 'setAside' | 'failed'; name: string }>();
      for (const [i, op] of ops.entries()) {
        const d = plan[i];
        if (!d) { expected.set(op.operationId, { outcome: 'good', name: '' }); continue; }
        const wrong = d.corruption === 'wrongType' ? 4711 : d.corruption === 'empty' ? '' : undefined;
        const values = op.values as Record<string, unknown>;
        const attributes = op.attributes as { newValue: unknown }[];
        if (d.target.group === 'values') {
          const label = CORE_FIELD_LABELS[d.target.field].toLowerCase();
          if (wrong === undefined) delete values[d.target.field]; else values[d.target.field] = wrong;
          const needed = d.target.field !== 'email' && d.target.field !== 'phone';
          expected.set(op.operationId, d.corruption === 'wrongType' ? { outcome: 'setAside', name: label } : needed ? { outcome: 'failed', name: label } : { outcome: 'good', name: '' });
        } else if (d.target.group === 'attribute') {
          if (wrong === undefined) delete attributes[0]!.newValue; else attributes[0]!.newValue = wrong;
          expected.set(op.operationId, d.corruption === 'wrongType' ? { outcome: 'setAside', name: 'attribute value' } : { outcome: 'good', name: '' });
        } else {
          if (wrong === undefined) delete op[d.target.group]; else op[d.target.group] = wrong;
          expected.set(op.operationId, { outcome: 'setAside', name: d.target.group === 'operation' ? 'operation' : 'operation timestamp' });
        }
        await db.channelCustomerOperations.put(op);
      }

      const customersBefore = await db.customers.count();
      expect((await runJob(engine, 'P-0001')).status).toBe('Ended');
      expect((await runJob(engine, 'synchronize-customers')).status).toBe('Ended');
      const setAside = new Map((await db.uploadSetAside.toArray()).map((r) => [r.record.replace('Customer operation ', ''), r.reason]));
      for (const [operationId, want] of expected) {
        const header = await db.asyncCustomers.get(operationId);
        const reason = setAside.get(operationId) ?? header?.lastKnownError ?? '';
        expect(reason, operationId).not.toMatch(JS_ERROR);
        if (want.outcome === 'setAside') expect(setAside.has(operationId), `${operationId} set aside`).toBe(true);
        else expect(header?.status, `${operationId}: ${reason}`).toBe(want.outcome === 'good' ? 'Succeeded' : 'Failed');
        expect(reason.toLowerCase(), operationId).toContain(want.name);
      }
      expect(await db.customers.count()).toBe(customersBefore + [...expected.values()].filter((e) => e.outcome === 'good').length);
    }), { numRuns: 30 });
  }, 120_000);
});
