import { describe, expect, it } from 'vitest';
import { HqEngine } from '../../shared/engine/hq-engine';
import { keyOf, keyTuple, KEY_INDEX, type TransactionKey } from '../../shared/domain/transaction-entities';
import { refusal, type CommandRefused } from '../support/refusal';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { fixes, uploadAndSynchronize } from '../support/fixes';
import type { HqDatabase } from '../../shared/db/hq-database';

async function failedOrder(): Promise<{ db: HqDatabase; engine: HqEngine; key: TransactionKey; lineId: number }> {
  const db = await seededDatabase();
  await Promise.all(Object.values(fixes).map((fix) => fix(db)));
  await uploadAndSynchronize(db);
  const status = (await db.RetailTransactionOrderStatus.filter((s) => s.transactionId === 'FAB-W-000007').first())!;
  const line = (await db.RetailTransactionSalesTrans.where(KEY_INDEX).equals(keyTuple(status)).first())!;
  return { db, engine: new HqEngine(db, steppingClock()), key: keyOf(status), lineId: line.id! };
}

const qty = (lineId: number, value: string) => ({ entity: 'RetailTransactionSalesTrans' as const, lineId, field: 'qty', value });

describe('Edit and audit transactions', () => {
  it('refuses changes until Pending order status is Editing, and the jobs leave an Editing transaction alone', async () => {
    const { db, engine, key, lineId } = await failedOrder();
    expect(await refusal(engine.execute({ type: 'saveTransactionEdits', key, changes: [qty(lineId, '-2')], user: 'Karin' }))).toMatch(/^Set Pending order status to Editing/);
    await engine.execute({ type: 'setOrderEditing', key, editing: true });
    expect((await db.RetailTransactionOrderStatus.get(keyTuple(key)))!).toMatchObject({ Status: 'Editing', statusBeforeEditing: 'Failed' });
    const job = await engine.execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null });
    expect(job.counts).toMatchObject({ processed: 3 }); // the other three data errors; not the one being edited
    expect((await engine.execute({ type: 'synchronizeOrders', keys: [key] })).counts).toMatchObject({ skipped: 1, succeeded: 0 });
    expect((await db.RetailTransactionOrderStatus.get(keyTuple(key)))!.Status).toBe('Editing');
  });

  it('refuses an invalid value with its reason and saves nothing of the change', async () => {
    const { db, engine, key, lineId } = await failedOrder();
    await engine.execute({ type: 'setOrderEditing', key, editing: true });
    const header = { entity: 'RetailTransactionTable' as const, lineId: null, field: 'comment', value: 'checked by HQ' };
    const error = await engine.execute({ type: 'saveTransactionEdits', key, changes: [header, qty(lineId, 'abc')], user: 'Karin' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as CommandRefused).fieldErrors).toEqual({ [`RetailTransactionSalesTrans:${lineId}:qty`]: "Quantity is not a number ('abc')." });
    expect(await refusal(engine.execute({ type: 'saveTransactionEdits', key, changes: [{ ...header, field: 'transactionId', value: 'X' }], user: 'Karin' })))
      .toBe('Transaction number cannot be changed.');
    expect(await db.transactionEdits.count()).toBe(0);
    expect((await db.RetailTransactionTable.get(keyTuple(key)))!.comment).toBeNull();
  });

  it('writes one audit row per changed field and none for unchanged ones, then the order synchronizes', async () => {
    const { db, engine, key, lineId } = await failedOrder();
    await engine.execute({ type: 'setOrderEditing', key, editing: true });
    const line = (await db.RetailTransactionSalesTrans.get(lineId))!;
    const saved = await engine.execute({
      type: 'saveTransactionEdits', key, user: 'Karin Berg',
      changes: [qty(lineId, '-3'), { entity: 'RetailTransactionSalesTrans', lineId, field: 'price', value: String(line.price) },
        { entity: 'RetailTransactionTable', lineId: null, field: 'comment', value: 'Quantity confirmed with the shopper' },
        qty(lineId, '-1')], // typed twice: one change, with its last value
    });
    expect(saved.counts).toMatchObject({ succeeded: 2 });
    const trail = await db.transactionEdits.where(KEY_INDEX).equals(keyTuple(key)).toArray();
    expect(trail.map((e) => [e.entity, e.line, e.field, e.oldValue, e.newValue, e.modifiedBy])).toEqual([
      ['RetailTransactionSalesTrans', 1, 'qty', '', '-1', 'Karin Berg'],
      ['RetailTransactionTable', null, 'comment', '', 'Quantity confirmed with the shopper', 'Karin Berg'],
    ]);
    expect((await db.RetailTransactionOrderStatus.get(keyTuple(key)))!).toMatchObject({ ManuallyModified: true, LastEditUser: 'Karin Berg', Status: 'Editing' });

    await engine.execute({ type: 'setOrderEditing', key, editing: false });
    expect((await engine.execute({ type: 'synchronizeOrders', keys: [key] })).counts).toMatchObject({ succeeded: 1 });
    const after = (await db.RetailTransactionOrderStatus.get(keyTuple(key)))!;
    expect(after).toMatchObject({ Status: 'Succeeded', ErrorDetail: null, ManuallyModified: true });
    expect((await db.salesOrders.get(after.SalesId!))!.lines[0]).toMatchObject({ lineNum: 1, qty: 1 }); // the quantity sold
    expect(await refusal(engine.execute({ type: 'setOrderEditing', key, editing: true }))).toMatch(/already became sales order SO-\d+; it can no longer be edited/);
  });
});
