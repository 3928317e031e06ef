import { describe, expect, it } from 'vitest';
import { HqEngine } from '../../shared/engine/hq-engine';
import { keyOf, keyTuple, type TransactionKey } from '../../shared/orders/transaction-entities';
import { refusal, type CommandRefused } from '../support/refusal';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { fixes, uploadAndSynchronize } from '../support/fixes';
import type { HqDatabase } from '../../shared/db/hq-database';
import { KEY_INDEX } from '../../shared/db/retail-transaction-tables';

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
    expect(saved).toEqual({ changed: 2 });
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

  it('adds the line a transaction came without, and removes one that points nowhere, both audited', async () => {
    const db = await seededDatabase();
    await Promise.all(Object.values(fixes).map((fix) => fix(db)));
    const engine = new HqEngine(db, steppingClock());
    await uploadAndSynchronize(db);
    await engine.execute({ type: 'simulateChannelTransactions', count: 1, fault: 'noLines' });
    await engine.execute({ type: 'simulateChannelTransactions', count: 1, fault: 'taxForMissingLine' });
    await engine.execute({ type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: null }, trigger: 'manual', batchJobId: null });
    await engine.execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null });
    const failed = await db.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray();
    const noLines = keyOf(failed.find((s) => s.ErrorDetail === 'Sales transactions: the transaction has no lines.')!);
    const strayTax = keyOf(failed.find((s) => /^Tax transactions, sales line 97/.test(s.ErrorDetail ?? ''))!);
    const user = 'Karin Berg';

    await engine.execute({ type: 'setOrderEditing', key: noLines, editing: true });
    const { lineId } = await engine.execute({ type: 'addTransactionLine', key: noLines, entity: 'RetailTransactionSalesTrans', user });
    const [added] = await db.RetailTransactionSalesTrans.where(KEY_INDEX).equals(keyTuple(noLines)).toArray();
    expect(added).toMatchObject({ id: lineId, lineNum: 1, itemId: null, qty: null });
    const header = (await db.RetailTransactionTable.get(keyTuple(noLines)))!;
    const set = (field: string, value: string) => ({ entity: 'RetailTransactionSalesTrans' as const, lineId: added!.id!, field, value });
    await engine.execute({ type: 'saveTransactionEdits', key: noLines, user, changes: [set('itemId', '81113'), set('qty', '-1'), set('price', String(header.netAmount)), set('netAmount', String(header.netAmount))] });
    await engine.execute({ type: 'setOrderEditing', key: noLines, editing: false });
    expect((await engine.execute({ type: 'synchronizeOrders', keys: [noLines] })).counts).toMatchObject({ succeeded: 1 });
    const trail = await db.transactionEdits.where(KEY_INDEX).equals(keyTuple(noLines)).toArray();
    expect(trail.map((e) => [e.field, e.newValue])).toEqual([['line', 'Line added'], ['itemId', '81113'], ['qty', '-1'], ['price', String(header.netAmount)], ['netAmount', String(header.netAmount)]]);

    await engine.execute({ type: 'setOrderEditing', key: strayTax, editing: true });
    const stray = (await db.RetailTransactionTaxTrans.where(KEY_INDEX).equals(keyTuple(strayTax)).toArray()).find((t) => t.SaleLineNum === 97)!;
    await engine.execute({ type: 'removeTransactionLine', key: strayTax, entity: 'RetailTransactionTaxTrans', lineId: stray.id!, user });
    await engine.execute({ type: 'setOrderEditing', key: strayTax, editing: false });
    expect((await engine.execute({ type: 'synchronizeOrders', keys: [strayTax] })).counts).toMatchObject({ succeeded: 1 });
    const removal = (await db.transactionEdits.where(KEY_INDEX).equals(keyTuple(strayTax)).toArray())[0]!;
    expect(removal).toMatchObject({ entity: 'RetailTransactionTaxTrans', line: 97, field: 'line', newValue: 'Line removed', modifiedBy: user });
    expect(removal.oldValue).toMatch(/^Sales line number: 97; Sales tax code: SALESTAX/);
    expect((await db.RetailTransactionOrderStatus.get(keyTuple(strayTax)))!).toMatchObject({ ManuallyModified: true, LastEditUser: user });
  });
});
