import { describe, expect, it } from 'vitest';
import { HqEngine } from '../../shared/engine/hq-engine';
import { keyOf, keyTuple } from '../../shared/orders/transaction-entities';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { uploadAll } from '../support/fixes';
import { leftInEditing, ordersInEditing } from '../../shared/store-financials/left-in-editing';

describe('transactions left in Editing', () => {
  it('keeps who set Editing and when, counts them per channel, lists the oldest first, and forgets both at Finish editing', async () => {
    const db = await seededDatabase();
    const engine = new HqEngine(db, steppingClock(Date.UTC(2026, 10, 21, 9)));
    await uploadAll(db, engine);
    const online = (await db.RetailTransactionOrderStatus.where('[channelKind+sortKey]').between(['online', ''], ['online', '\uffff']).limit(2).toArray()).map(keyOf);
    const pos = keyOf((await db.RetailTransactionOrderStatus.where('[orderKind+Status]').equals(['customerOrder', 'None']).first())!);
    await engine.execute({ type: 'setOrderEditing', key: online[1]!, editing: true, user: 'Karin' });
    await engine.execute({ type: 'setOrderEditing', key: pos, editing: true, user: 'Ola' });
    await engine.execute({ type: 'setOrderEditing', key: online[0]!, editing: true }); // no person named: who and when are not known

    expect(await db.RetailTransactionOrderStatus.get(keyTuple(online[1]!))).toMatchObject({ Status: 'Editing', editingBy: 'Karin', editingSince: expect.stringMatching(/^2026-11-21T09:00:\d{2}\.000Z$/) });
    expect([await ordersInEditing(db, 'online'), await ordersInEditing(db, 'pos')]).toEqual([2, 1]);
    const listed = await leftInEditing(db, 10);
    expect(listed.map((row) => [row.key.transactionId, row.channelKind, row.editingBy])).toEqual([
      [online[1]!.transactionId, 'online', 'Karin'],
      [pos.transactionId, 'pos', 'Ola'],
      [online[0]!.transactionId, 'online', null],
    ]);
    expect(listed[0]!.reference).toMatch(/^[A-Z]{3}\d{7}$/); // the channel reference the list shows
    expect(await leftInEditing(db, 1)).toHaveLength(1);

    await engine.execute({ type: 'setOrderEditing', key: online[1]!, editing: false, user: 'Karin' });
    expect(await db.RetailTransactionOrderStatus.get(keyTuple(online[1]!))).toMatchObject({ Status: 'None', editingBy: null, editingSince: null });
    expect(await ordersInEditing(db, 'online')).toBe(1);
  });
});
