import { describe, expect, it } from 'vitest';
import { queryTransactionsPage, type TransactionFilter } from '../../shared/queries/transactions-page';
import { uploadAll, uploadAndSynchronize } from '../support/fixes';
import type { HqTransaction } from '../../shared/domain/transactions';
import { seededDatabase } from '../support/memory-database';

const online: TransactionFilter = { kind: 'online', reference: '', customerAccount: '', status: 'all', storeId: 'all' };

async function uploaded() {
  const db = await seededDatabase();
  await uploadAll(db);
  return db;
}

describe('transactions page query', () => {
  it('pages online transactions newest first with the full count', async () => {
    const db = await uploaded();
    const onlineCount = await db.transactions.where('[kind+transDate]').between(['online', ''], ['online', '\uffff']).count();
    const first = await queryTransactionsPage(db, online, 0, 25);
    const second = await queryTransactionsPage(db, online, 1, 25);
    expect(first.total).toBe(onlineCount);
    expect(first.rows).toHaveLength(25);
    expect(first.rows.every((t) => t.kind === 'online')).toBe(true);
    expect(first.rows[24]!.transDate >= second.rows[0]!.transDate).toBe(true);
  });

  it('filters by Channel reference ID from its start, any case', async () => {
    const db = await uploaded();
    const target = (await db.transactions.where('kind').equals('online').first())!;
    const page = await queryTransactionsPage(db, { ...online, reference: target.channelReferenceId!.toLowerCase() }, 0, 25);
    expect(page.rows.map((t) => t.transactionId)).toEqual([target.transactionId]);
  });

  it('filters by Customer account combined with store', async () => {
    const db = await uploaded();
    const { customerAccount } = (await db.transactions.where('storeId').equals('FAB').first())!;
    const expected = await db.transactions.filter((t) => t.customerAccount === customerAccount && t.storeId === 'FAB').count();
    const page = await queryTransactionsPage(db, { ...online, customerAccount: customerAccount!, storeId: 'FAB' }, 0, 100);
    expect(page.total).toBe(expected);
    expect(page.rows.every((t) => t.customerAccount === customerAccount && t.storeId === 'FAB')).toBe(true);
  });

  it('finds store transactions by Receipt number', async () => {
    const db = await uploaded();
    const page = await queryTransactionsPage(db, { ...online, kind: 'pos', reference: 'SEA01000001' }, 0, 25);
    expect(page.rows.map((t) => t.receiptNumber)).toEqual(['SEA01000001']);
  });

  it.each([
    [{ status: 'Failed' as const }, (t: HqTransaction) => t.pendingOrderStatus === 'Failed'],
    [{ storeId: 'ADV' }, (t: HqTransaction) => t.storeId === 'ADV'],
    [{ status: 'Succeeded' as const, storeId: 'FAB' }, (t: HqTransaction) => t.pendingOrderStatus === 'Succeeded' && t.storeId === 'FAB'],
  ])('pages by status and store through their indexes: %o', async (patch, expected) => {
    const db = await uploaded();
    await uploadAndSynchronize(db);
    const all = (await db.transactions.toArray()).filter((t) => t.kind === 'online' && expected(t));
    const page = await queryTransactionsPage(db, { ...online, ...patch }, 0, 100);
    expect(all.length).toBeGreaterThan(0);
    expect(page.total).toBe(all.length);
    expect(page.rows.every(expected)).toBe(true);
    expect(page.rows.map((t) => t.transDate)).toEqual([...page.rows.map((t) => t.transDate)].sort().reverse());
  });
});
