import { describe, expect, it } from 'vitest';
import { HqEngine } from '../../shared/engine/hq-engine';
import type { HqCommand } from '../../shared/contracts/hq-commands';
import { keyOf } from '../../shared/orders/transaction-entities';
import { refusal } from '../support/refusal';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { uploadAndSynchronize } from '../support/fixes';

describe('an imported workspace is an audit, not an HQ', () => {
  it('refuses what would write to a real HQ, in words, and keeps the Edit and audit trail', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    const engine = new HqEngine(db, steppingClock(), { readOnly: true });
    const refusedWith = /^This is an imported workspace, an audit of another headquarters’ data: jobs, synchronization and setup are off here/;
    const key = keyOf((await db.RetailTransactionOrderStatus.where('Status').equals('Failed').first())!);
    const commands: HqCommand[] = [
      { type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'schedule', batchJobId: 'b1' },
      { type: 'synchronizeOrders', keys: [key] },
      { type: 'updateNumberSequence', code: 'USRT-SO', next: 14401, largest: 999999 },
      { type: 'simulateChannelTransactions', count: 1, fault: null },
      { type: 'synchronizeCustomerOperations', operationIds: ['OP-C0001'] },
    ];
    for (const command of commands) expect(await refusal(engine.execute(command))).toMatch(refusedWith);
    const before = await db.jobRuns.count();
    await engine.execute({ type: 'setOrderEditing', key, editing: true });
    const line = (await db.RetailTransactionSalesTrans.where('[dataAreaId+store+terminal+transactionId]').equals([key.dataAreaId, key.store, key.terminal, key.transactionId]).first())!;
    await engine.execute({ type: 'saveTransactionEdits', key, user: 'Auditor', changes: [{ entity: 'RetailTransactionSalesTrans', lineId: line.id!, field: 'unit', value: 'pcs' }] });
    expect(await db.transactionEdits.count()).toBe(1);
    await engine.execute({ type: 'addAuditNote', key, text: '  Exported with a failed sequence; asked HQ.  ', user: 'Auditor' });
    expect(await db.auditNotes.toArray()).toEqual([expect.objectContaining({ ...key, text: 'Exported with a failed sequence; asked HQ.', author: 'Auditor' })]);
    expect(await db.jobRuns.count()).toBe(before);
  });
});
