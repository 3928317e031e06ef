import { describe, expect, it } from 'vitest';
import { exportTransactionListOData } from '../../shared/export/odata-export';
import { readImport } from '../../shared/import/read-import';
import type { ImportBatch } from '../../shared/import/import-types';
import { LINE_ENTITY_NAMES, keyText } from '../../shared/orders/transaction-entities';
import { HqEngine } from '../../shared/engine/hq-engine';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { uploadAndSynchronize } from '../support/fixes';

describe('an exported transaction list in the OData shape', () => {
  it('imports back to the same rows: headers, every line table and the Synchronization status, field for field', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    // An edited transaction too, so Manually modified and Last edit user travel.
    const failed = (await db.RetailTransactionOrderStatus.where('Status').equals('Failed').first())!;
    const engine = new HqEngine(db, steppingClock());
    await engine.execute({ type: 'setOrderEditing', key: failed, editing: true });
    await engine.execute({ type: 'saveTransactionEdits', key: failed, user: 'Åse Ødegård', changes: [{ entity: 'RetailTransactionTable', lineId: null, field: 'comment', value: 'Checked, æøå' }] });

    const filter = { kind: 'online' as const, reference: '', customerAccount: '', status: 'all' as const, storeId: 'all' };
    const file = await exportTransactionListOData(db, filter);
    const batches: ImportBatch[] = [];
    const report = await readImport([{ name: file.fileName, bytes: new TextEncoder().encode(file.parts.join('')) }], async (b) => void batches.push(b));
    expect(report.rejected).toEqual([]);
    const imported = (entity: string) => batches.filter((b) => b.entity === entity).flatMap((b) => b.rows as unknown as Record<string, unknown>[]);

    const statuses = await db.RetailTransactionOrderStatus.filter((s) => s.channelKind === 'online').toArray();
    expect(file.count).toBe(statuses.length);
    const headers = await db.RetailTransactionTable.bulkGet(statuses.map((s) => [s.dataAreaId, s.store, s.terminal, s.transactionId]));
    const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => keyText(a as never).localeCompare(keyText(b as never)));
    expect(byKey(imported('RetailTransactionTable'))).toEqual(byKey(headers as unknown as Record<string, unknown>[]));
    for (const entity of LINE_ENTITY_NAMES) {
      const stored = (await db[entity].toArray() as unknown as Record<string, unknown>[])
        .filter((row) => statuses.some((s) => keyText(s) === keyText(row as never))).map(({ id: _id, ...row }) => row);
      expect(imported(entity).length, entity).toBe(stored.length);
      expect(new Set(imported(entity).map((r) => JSON.stringify(r))), entity).toEqual(new Set(stored.map((r) => JSON.stringify(Object.fromEntries(Object.keys(imported(entity)[0] ?? r).map((k) => [k, r[k] ?? null]))))));
    }
    const pick = ({ dataAreaId, store, terminal, transactionId, Status, ErrorDetail, RetryCount, SalesId, LastEditUser, ManuallyModified, modifieddatetime }: Record<string, unknown>) =>
      ({ dataAreaId, store, terminal, transactionId, Status, ErrorDetail, RetryCount, SalesId, LastEditUser, ManuallyModified, modifieddatetime });
    expect(byKey(imported('RetailTransactionOrderStatus').map(pick))).toEqual(byKey(statuses.map((s) => pick(s as unknown as Record<string, unknown>))));
    expect(imported('RetailTransactionOrderStatus').find((s) => s.transactionId === failed.transactionId)).toMatchObject({ ManuallyModified: true, LastEditUser: 'Åse Ødegård', Status: 'Editing' });
  });
});
