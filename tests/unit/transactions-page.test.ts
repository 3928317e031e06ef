import { describe, expect, it } from 'vitest';
import { queryTransactionsPage, type TransactionFilter, type TransactionRow } from '../../shared/orders/transactions-page';
import { keyOf, keyText } from '../../shared/orders/transaction-entities';
import { saveTransactionEdits, setOrderEditing } from '../../shared/orders/transaction-edits';
import { fixes, uploadAll, uploadAndSynchronize } from '../support/fixes';
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
    const onlineCount = await db.RetailTransactionOrderStatus.filter((s) => s.channelKind === 'online').count();
    const first = await queryTransactionsPage(db, online, { page: 0, pageSize: 25, descending: true });
    const second = await queryTransactionsPage(db, online, { page: 1, pageSize: 25, descending: true });
    expect(first.total).toBe(onlineCount);
    expect(first.rows).toHaveLength(25);
    expect(first.rows.every((r) => r.status.channelKind === 'online' && r.header.ChannelReferenceId)).toBe(true);
    expect(first.rows[24]!.status.sortKey >= second.rows[0]!.status.sortKey).toBe(true);
  });

  it('filters by Channel reference ID from its start, any case', async () => {
    const db = await uploaded();
    const target = (await db.RetailTransactionTable.where('ChannelReferenceId').startsWith('ADV').first())!;
    const page = await queryTransactionsPage(db, { ...online, reference: target.ChannelReferenceId!.toLowerCase() }, { page: 0, pageSize: 25, descending: true });
    expect(page.rows.map((r) => keyText(r.header))).toEqual([keyText(target)]);
  });

  it('filters by Customer account combined with store, and finds async customer accounts', async () => {
    const db = await uploaded();
    const { custAccount } = (await db.RetailTransactionTable.filter((h) => h.store === 'FAB' && h.custAccount !== null).first())!;
    const expected = await db.RetailTransactionTable.filter((h) => h.custAccount === custAccount && h.store === 'FAB').count();
    const page = await queryTransactionsPage(db, { ...online, customerAccount: custAccount!, storeId: 'FAB' }, { page: 0, pageSize: 100, descending: true });
    expect(page.total).toBe(expected);
    expect(page.rows.every((r) => r.header.custAccount === custAccount && r.header.store === 'FAB')).toBe(true);
    const asyncOrder = (await db.RetailTransactionTable.filter((h) => h.CustAccountAsync !== null).first())!;
    const byAsync = await queryTransactionsPage(db, { ...online, customerAccount: asyncOrder.CustAccountAsync! }, { page: 0, pageSize: 100, descending: true });
    expect(byAsync.rows.map((r) => keyText(r.header))).toContain(keyText(asyncOrder));
  });

  it('finds a customer account from its start in small letters, the account an edit gave a header, and the real account of a customer created offline once its order is made', async () => {
    const db = await uploaded();
    const edited = (await db.RetailTransactionTable.filter((h) => h.store === 'FAB' && h.custAccount !== null).first())!;
    const before = edited.custAccount!;
    await setOrderEditing(db, keyOf(edited), true);
    await saveTransactionEdits(db, keyOf(edited), [{ entity: 'RetailTransactionTable', lineId: null, field: 'custAccount', value: 'Zq-7001' }], 'Karin', new Date());
    const found = async (customerAccount: string) =>
      (await queryTransactionsPage(db, { ...online, customerAccount }, { page: 0, pageSize: 1000, descending: true })).rows.map((r) => keyText(r.header));
    expect(await found('zq-70')).toEqual([keyText(edited)]);
    expect(await found(before)).not.toContain(keyText(edited));

    await Promise.all(Object.values(fixes).map((fix) => fix(db)));
    await uploadAndSynchronize(db);
    const made = (await db.RetailTransactionTable.filter((h) => h.CustAccountAsync !== null && h.custAccount !== null && h.salesOrderId !== null).first())!;
    expect(await found(made.custAccount!)).toContain(keyText(made));
    expect(await found(made.CustAccountAsync!.toLowerCase())).toContain(keyText(made));
  });

  it('finds store transactions by Receipt number', async () => {
    const db = await uploaded();
    const page = await queryTransactionsPage(db, { ...online, kind: 'pos', reference: 'SEA01000001' }, { page: 0, pageSize: 25, descending: true });
    expect(page.rows.map((r) => r.header.receiptId)).toEqual(['SEA01000001']);
  });

  it.each([
    [{ status: 'Failed' as const }, (r: TransactionRow) => r.status.Status === 'Failed'],
    [{ storeId: 'ADV' }, (r: TransactionRow) => r.status.store === 'ADV'],
    [{ status: 'Succeeded' as const, storeId: 'FAB' }, (r: TransactionRow) => r.status.Status === 'Succeeded' && r.status.store === 'FAB'],
  ])('pages by status and store through their indexes: %o', async (patch, expected) => {
    const db = await uploaded();
    await uploadAndSynchronize(db);
    const statuses = await db.RetailTransactionOrderStatus.toArray();
    const all = statuses.filter((status) => status.channelKind === 'online' && expected({ status, header: null as never }));
    const page = await queryTransactionsPage(db, { ...online, ...patch }, { page: 0, pageSize: 100, descending: true });
    expect(all.length).toBeGreaterThan(0);
    expect(page.total).toBe(all.length);
    expect(page.rows.every(expected)).toBe(true);
    expect(page.rows.map((r) => r.status.sortKey)).toEqual([...page.rows.map((r) => r.status.sortKey)].sort().reverse());
  });
});
