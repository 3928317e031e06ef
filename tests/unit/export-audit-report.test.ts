import { describe, expect, it } from 'vitest';
import { demoWorkspace } from '../../shared/db/workspace-registry';
import Papa from 'papaparse';
import { HqEngine } from '../../shared/engine/hq-engine';
import { keyOf, keyTuple } from '../../shared/orders/transaction-entities';
import { buildAuditReport } from '../../shared/export/audit-report';
import { exportAuditReportCsv, exportAuditReportJson } from '../../shared/export/audit-report-files';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { fixes, uploadAndSynchronize } from '../support/fixes';
import { edit, runJob } from '../support/customers';
import { KEY_INDEX } from '../../shared/db/retail-transaction-tables';

const user = 'Bjørn Ødegård';

/**
 * The demo with its configuration fixed: one order fails on its own data at the job's run, fails
 * again at a manual Synchronize order, is edited (two fields), then synchronizes; a failed
 * customer operation is corrected too.
 */
async function auditedWorkspace() {
  const db = await seededDatabase();
  await Promise.all(Object.values(fixes).map((fix) => fix(db)));
  await uploadAndSynchronize(db);
  // A day after the upload's clock, so this engine's times follow the job run's.
  const engine = new HqEngine(db, steppingClock(Date.UTC(2026, 10, 22, 9)));
  const status = (await db.RetailTransactionOrderStatus.filter((s) => s.transactionId === 'FAB-W-000007').first())!;
  const key = keyOf(status);
  const line = (await db.RetailTransactionSalesTrans.where(KEY_INDEX).equals(keyTuple(key)).first())!;
  await engine.execute({ type: 'synchronizeOrders', keys: [key] });
  await engine.execute({ type: 'setOrderEditing', key, editing: true });
  await engine.execute({
    type: 'saveTransactionEdits', key, user, changes: [
      { entity: 'RetailTransactionSalesTrans', lineId: line.id!, field: 'qty', value: '-1' },
      { entity: 'RetailTransactionTable', lineId: null, field: 'comment', value: 'Kontrollert, "ok", æøå' },
    ],
  });
  await engine.execute({ type: 'setOrderEditing', key, editing: false });
  await engine.execute({ type: 'synchronizeOrders', keys: [key] });
  await runJob(engine, 'synchronize-customers');
  await edit(engine, 'OP-C0003', 'email', 'emma.holm@example.com');
  const header = (await db.RetailTransactionTable.get(keyTuple(key)))!;
  return { db, key, header };
}

describe('audit report', () => {
  it('has every attempt and every edit with who, when, old and new, newest first', async () => {
    const { db, key, header } = await auditedWorkspace();
    const report = await buildAuditReport(db);
    expect(report).toHaveLength((await db.orderSyncLog.count()) + (await db.transactionEdits.count()) + (await db.customerEdits.count()));
    expect(report.map((r) => r.at)).toEqual(report.map((r) => r.at).sort().reverse());

    const ofOrder = report.filter((r) => r.transaction?.transactionId === key.transactionId);
    expect(ofOrder.map((r) => [r.event, r.trigger, r.outcome, r.field, r.oldValue, r.newValue, r.modifiedBy])).toEqual([
      ['Synchronization attempt', 'manual', 'Succeeded', null, null, null, null],
      ['Transaction edit', null, null, 'comment', '', 'Kontrollert, "ok", æøå', user],
      ['Transaction edit', null, null, 'qty', '', '-1', user],
      ['Synchronization attempt', 'manual', 'Failed', null, null, null, null],
      ['Synchronization attempt', 'job', 'Failed', null, null, null, null],
    ]);
    const [succeeded, comment, qty, manualFailure, jobFailure] = ofOrder;
    expect(succeeded).toMatchObject({ channelReferenceId: header.ChannelReferenceId, message: header.salesOrderId, transaction: key });
    expect(comment).toMatchObject({ table: 'Transaction', fieldLabel: 'Comment', line: null });
    expect(qty).toMatchObject({ entity: 'RetailTransactionSalesTrans', table: 'Sales transactions', fieldLabel: 'Quantity', line: 1 });
    expect(manualFailure!.message).toBe(jobFailure!.message);
    expect(jobFailure!.runId).toEqual(expect.any(Number));
    expect(manualFailure!.runId).toBeNull();
    expect(qty!.at > manualFailure!.at && succeeded!.at > qty!.at).toBe(true);

    expect(report[0]).toMatchObject({
      event: 'Customer operation edit', operationId: 'OP-C0003', entity: 'RETAILASYNCCUSTOMERCONTACT', fieldLabel: 'E-mail',
      oldValue: 'emma.holm@example', newValue: 'emma.holm@example.com', modifiedBy: 'Karin Berg', transaction: null,
    });
  });

  it('exports as CSV for Excel (UTF-8 with BOM) and as JSON, named after the workspace', async () => {
    const { db, key } = await auditedWorkspace();
    const now = new Date(2026, 10, 23, 12);
    const csv = await exportAuditReportCsv(db, demoWorkspace, { now });
    expect(csv.fileName).toBe('audit-report-demo-headquarters-usrt-2026-11-23.csv');
    // What the download writes: a Blob of the parts, which encodes them as UTF-8.
    const bytes = new Uint8Array(await new Blob(csv.parts, { type: csv.mimeType }).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const records = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(records).toHaveLength(csv.count);
    const edited = records.find((r) => r['Transaction number'] === key.transactionId && r['Field'] === 'Comment')!;
    expect(edited).toMatchObject({
      Event: 'Transaction edit', Company: key.dataAreaId, Store: key.store, 'Register number': key.terminal, Table: 'Transaction',
      'Old value': '', 'New value': 'Kontrollert, "ok", æøå', 'Modified by': user,
    });
    expect(edited['Date and time (UTC)']).toMatch(/^2026-11-22 09:\d\d:\d\d$/);
    const attempt = records.find((r) => r['Transaction number'] === key.transactionId && r['Trigger'] === 'Job run')!;
    expect(attempt).toMatchObject({ Event: 'Synchronization attempt', Outcome: 'Failed', 'Channel reference ID': expect.stringMatching(/^FAB/) });
    expect(attempt['Run']).toMatch(/^\d+$/);

    const json = await exportAuditReportJson(db, demoWorkspace, { now });
    const parsed = JSON.parse(json.parts.join('')) as { workspace: string; rows: { event: string; at: string }[] };
    expect(parsed.workspace).toBe('Demo headquarters (USRT)');
    expect(parsed.rows).toHaveLength(csv.count);
    expect(parsed.rows[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  });

  it('says first, in an imported workspace with OData pages missing, which pages were missing', async () => {
    const { db } = await auditedWorkspace();
    const missing = ['RetailTransactions: the page https://hq/data/RetailTransactions?$skip=20000 is missing (the page after page-2.json, from row 20001)'];
    const workspace = { name: 'page-1.json and 2 more', createdAt: '2026-11-23T08:00:00.000Z', report: { incomplete: missing } };
    const csv = await exportAuditReportCsv(db, workspace);
    const records = Papa.parse<Record<string, string>>(csv.parts.join('').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(records[0]).toMatchObject({ Event: 'Incomplete export', Message: missing[0], 'Date and time (UTC)': '2026-11-23 08:00:00' });
    const json = JSON.parse((await exportAuditReportJson(db, workspace)).parts.join('')) as { incomplete: string[]; rows: { event: string }[] };
    expect(json.incomplete).toEqual(missing);
    expect(json.rows[0]!.event).toBe('Incomplete export');
  });
});
