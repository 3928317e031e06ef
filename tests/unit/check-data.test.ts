import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HqDatabase } from '../../shared/db/hq-database';
import { WorkspaceRegistry } from '../../shared/db/workspace-registry';
import { HqEngine } from '../../shared/engine/hq-engine';
import { exportTransactionListOData } from '../../shared/export/odata-export';
import { buildAuditReport } from '../../shared/export/audit-report';
import { exportTransactionListCsv } from '../../shared/export/transaction-list-export';
import { importWorkspace } from '../../shared/import/import-workspace';
import type { ImportDeps } from '../../shared/db/workspace-registry';
import { KEY_INDEX } from '../../shared/db/retail-transaction-tables';
import { checkData } from '../../shared/orders/check-data/check-data';
import { lastDataCheck, type CheckFinding } from '../../shared/orders/check-data/check-findings';
import { SYNCHRONIZED_KINDS, type RetailTransactionOrderStatus } from '../../shared/orders/order-status';
import { dataErrorOf, orderErrorFamily } from '../../shared/orders/order-errors';
import { keyText, keyTuple, LINE_ENTITY_NAMES } from '../../shared/orders/transaction-entities';
import { queryTransactionsPage, type TransactionFilter } from '../../shared/orders/transactions-page';
import { failuresByCause } from '../../shared/store-financials/workspace-summary';
import { uploadAndSynchronize } from '../support/fixes';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { exportedHeader, exportedLine, odataPage } from '../support/import-fixtures';

const isData = (cause: string) => cause === 'transactionData' || dataErrorOf(cause) !== null;
const listOf = (kind: 'online' | 'pos', check: string | null, more: Partial<TransactionFilter> = {}): TransactionFilter =>
  ({ kind, reference: '', customerAccount: '', status: 'all', storeId: 'all', cause: null, retriesAbove: null, datePrefix: null, check, ...more });

/**
 * The demo HQ after a day's synchronization, exported as OData pages and imported into a workspace
 * of its own: HQ's failures (on its configuration and on data) travel as the export's text. One
 * order HQ made has a line broken in the export (no quantity): a data error HQ never saw.
 */
async function importedDemo() {
  const hq = await seededDatabase();
  await uploadAndSynchronize(hq);
  const made = (await hq.RetailTransactionOrderStatus.where('Status').equals('Succeeded').filter((s) => s.channelKind === 'online').first())!;
  await hq.RetailTransactionSalesTrans.where(KEY_INDEX).equals(keyTuple(made)).modify({ qty: null });
  const files = await Promise.all((['online', 'pos'] as const).map(async (kind) => {
    const file = await exportTransactionListOData(hq, listOf(kind, null));
    return { name: `${kind}.json`, bytes: new TextEncoder().encode(file.parts.join('')) };
  }));
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  const deps: ImportDeps = { registry: new WorkspaceRegistry(options), open: (name) => new HqDatabase(name, options), remove: async (name) => { await new HqDatabase(name, options).delete(); } };
  const workspace = await importWorkspace(deps, crypto.randomUUID(), files, { now: steppingClock() }, { company: 'usrt', dateLocale: 'en-US', acceptIncomplete: false });
  return { hq, db: new HqDatabase(workspace.databaseName, options), made };
}

/** Everything HQ exported, as stored: the transactions' tables and their statuses. */
async function exported(db: HqDatabase) {
  const tables = [db.RetailTransactionTable, ...LINE_ENTITY_NAMES.map((e) => db[e]), db.RetailTransactionOrderStatus];
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('Check data in an imported workspace', () => {
  it("runs Synchronize orders' rules over every order, records each that would fail with every cause, and changes nothing HQ exported", async () => {
    const { db, made } = await importedDemo();
    const before = await exported(db);
    const progress: number[] = [];
    const outcome = await new HqEngine(db, steppingClock()).execute({ type: 'checkData', cancelId: crypto.randomUUID() }, (counts) => progress.push(counts.processed));
    const statuses = await db.RetailTransactionOrderStatus.toArray();
    const orders = statuses.filter((s) => SYNCHRONIZED_KINDS.includes(s.orderKind));
    expect(outcome.counts).toMatchObject({ processed: statuses.length, skipped: statuses.length - orders.length });
    expect(progress.at(-1)).toBe(statuses.length);
    // Nothing HQ exported moved, and no order was made.
    expect(await exported(db)).toEqual(before);
    expect(await db.salesOrders.count()).toBe(0);
    expect(await db.orderSyncLog.count()).toBe(0);

    const findings = new Map((await db.dataCheckFindings.toArray()).map((f) => [keyText(f), f]));
    const byKey = (s: RetailTransactionOrderStatus) => findings.get(keyText(s));
    // Every order HQ failed on its data fails here too, for a kind of data error; the export brought no
    // configuration, so an order HQ failed on that alone has clean data: HQ and the check disagree.
    // (A value HQ's master data did not know is not judged here: the export brought none.)
    const judgedDataLines = (s: RetailTransactionOrderStatus) => s.ErrorDetail!.split('\n').filter((line) => orderErrorFamily(line) === 'transactionData' && !/HQ knows/.test(line));
    const failed = orders.filter((o) => o.Status === 'Failed');
    for (const s of failed) {
      const finding = byKey(s)!;
      if (judgedDataLines(s).length) expect(finding.verdict, keyText(s)).toBe('fails');
      else if (!s.ErrorCauses.some(isData)) expect(finding, keyText(s)).toMatchObject({ verdict: 'passes', disagreement: 'hqFailedDataClean' });
    }
    expect(failed.some((s) => judgedDataLines(s).length)).toBe(true);
    expect(failed.some((s) => !s.ErrorCauses.some(isData))).toBe(true);
    // The order HQ made whose line lost its quantity: the check fails it on that field, and says HQ did not.
    expect(byKey(made)).toMatchObject({ verdict: 'fails', hqStatus: 'Succeeded', disagreement: 'dataErrorHqMissed', causes: ['data:RetailTransactionSalesTrans.qty'] });
    // The rest HQ made pass: no finding.
    expect(orders.filter((s) => s.Status === 'Succeeded' && keyText(s) !== keyText(made)).every((s) => !byKey(s))).toBe(true);
    // Failures stay of orders only; a finding carries every cause once.
    for (const f of findings.values()) expect(new Set(f.causes).size).toBe(f.causes.length);

    const run = (await lastDataCheck(db))!;
    expect(run).toMatchObject({ status: 'Ended', processed: statuses.length, checked: orders.length, wouldFail: [...findings.values()].filter((f) => f.verdict === 'fails').length });
    // The export brought no master data nor configuration: the run says which rules it could not apply.
    expect(run.notJudged.map((n) => n.part)).toEqual(expect.arrayContaining(['items', 'tenderTypes', 'currencies', 'paymentServices', 'accountStructures', 'numberSequence']));
  });

  it('lists filter by what it found and by where it and HQ disagree; Failures by root cause counts it beside HQ, an order under each cause', async () => {
    const { db } = await importedDemo();
    await checkData(db, { now: steppingClock() });
    const findings = await db.dataCheckFindings.toArray();
    for (const kind of ['online', 'pos'] as const) {
      const mine = findings.filter((f) => f.channelKind === kind);
      const keysOf = (rows: { status: RetailTransactionOrderStatus }[]) => rows.map((r) => keyText(r.status)).sort();
      const expectList = async (check: string, expected: CheckFinding[], more: Partial<TransactionFilter> = {}) => {
        const page = await queryTransactionsPage(db, listOf(kind, check, more), { page: 0, pageSize: 1000, descending: true });
        expect(page.total, `${kind} ${check}`).toBe(expected.length);
        expect(keysOf(page.rows), `${kind} ${check}`).toEqual(expected.map(keyText).sort());
        expect(page.rows.every((r) => r.finding && expected.some((f) => keyText(f) === keyText(r.status)))).toBe(true);
      };
      await expectList('fails', mine.filter((f) => f.verdict === 'fails'));
      await expectList('disagrees', mine.filter((f) => f.disagreement !== null));
      // With another filter too: HQ's Failed among the disagreements.
      await expectList('disagrees', mine.filter((f) => f.disagreement !== null && f.hqStatus === 'Failed'), { status: 'Failed' });
      for (const cause of new Set(mine.flatMap((f) => f.causes))) await expectList(`cause:${cause}`, mine.filter((f) => f.causes.includes(cause)));
    }
    expect(findings.some((f) => f.disagreement === 'hqFailedDataClean')).toBe(true);

    const groups = await failuresByCause(db);
    const tally = new Map<string, { online: number; pos: number }>();
    for (const f of findings) {
      for (const cause of f.causes) {
        const entry = tally.get(cause) ?? { online: 0, pos: 0 };
        entry[f.channelKind] += 1;
        tally.set(cause, entry);
      }
    }
    expect(new Map(groups.filter((g) => g.checkedTotal > 0).map((g) => [g.cause, g.checked]))).toEqual(tally);
    // HQ's own failures stay beside them, as the export recorded them.
    const failed = (await db.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray());
    expect(groups.reduce((sum, g) => sum + g.total, 0)).toBe(failed.reduce((sum, s) => sum + s.ErrorCauses.length, 0));

    // The list's export and the audit report carry it.
    const csv = (await exportTransactionListCsv(db, listOf('online', 'disagrees'))).parts.join('');
    expect(csv.split('\n')[0]).toContain('Check data');
    expect(csv).toContain('HQ failed it; the data is clean');
    const report = await buildAuditReport(db);
    const checkRows = report.filter((r) => r.event === 'Check data');
    expect(checkRows).toHaveLength(findings.length + 1);
    expect(checkRows.filter((r) => r.transaction).map((r) => keyText(r.transaction!)).sort()).toEqual(findings.map(keyText).sort());
  });

  it('checks again from scratch, and a cancel stops between chunks with the run saying how far it went', async () => {
    const { db } = await importedDemo();
    await checkData(db, { now: steppingClock() });
    const first = await db.dataCheckFindings.toArray();
    await checkData(db, { now: steppingClock() });
    expect((await db.dataCheckFindings.toArray()).map(keyText).sort()).toEqual(first.map(keyText).sort());
    expect(await db.dataChecks.count()).toBe(2);

    const controller = new AbortController();
    controller.abort();
    const outcome = await checkData(db, { now: steppingClock(), signal: controller.signal });
    expect(outcome).toMatchObject({ canceled: true, counts: { processed: 0 } });
    expect(await lastDataCheck(db)).toMatchObject({ status: 'Canceled', processed: 0 });
    expect(await db.dataCheckFindings.count()).toBe(0);
  });
});

/**
 * An export of n online orders of 108.00 USD, each paid in full but every seventh, paid 50.00: as
 * many transactions as take several of Check data's chunks.
 */
async function importedOrders(n: number) {
  const numbers = Array.from({ length: n }, (_, i) => i + 1);
  const short = (k: number) => k % 7 === 0;
  const pay = (k: number) => ({
    dataAreaId: 'usrt', OperatingUnitNumber: 'HOUSTON', Terminal: 'HOUSTON-1', TransactionNumber: `HOUSTON-1-${k}`, LineNumber: 1, TenderType: '1',
    AmountTendered: short(k) ? 50 : 108, AmountInTenderedCurrency: short(k) ? 50 : 108, CurrencyCode: 'USD',
  });
  const files = [
    { name: 'headers.json', bytes: odataPage('RetailTransactions', numbers.map((k) => exportedHeader(k, { TransactionTime: 36000 + k }))) },
    { name: 'lines.json', bytes: odataPage('RetailTransactionSalesLinesV2', numbers.map((k) => exportedLine(k, 1))) },
    { name: 'payments.json', bytes: odataPage('RetailTransactionPaymentLinesV2', numbers.map(pay)) },
  ];
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  const deps: ImportDeps = { registry: new WorkspaceRegistry(options), open: (name) => new HqDatabase(name, options), remove: async (name) => { await new HqDatabase(name, options).delete(); } };
  const workspace = await importWorkspace(deps, crypto.randomUUID(), files, { now: steppingClock() }, { company: 'usrt', dateLocale: 'en-US', acceptIncomplete: false });
  return { db: new HqDatabase(workspace.databaseName, options), shortOnes: numbers.filter(short).map((k) => `HOUSTON-1-${k}`) };
}

describe('Check data over many chunks', () => {
  it('checks every transaction oldest first, a chunk at a time, and a cancel after the first chunk keeps what that one found', async () => {
    const { db, shortOnes } = await importedOrders(1_200);
    const progress: number[] = [];
    expect(await checkData(db, { now: steppingClock(), onProgress: (counts) => progress.push(counts.processed) }))
      .toEqual({ canceled: false, counts: { processed: 1_200, succeeded: 1_200 - shortOnes.length, failed: shortOnes.length, skipped: 0 } });
    expect(progress).toEqual([0, 500, 1_000, 1_200]);
    expect((await db.dataCheckFindings.toArray()).map((f) => f.transactionId).sort()).toEqual([...shortOnes].sort());

    const controller = new AbortController();
    const outcome = await checkData(db, { now: steppingClock(), signal: controller.signal, onProgress: (counts) => { if (counts.processed > 0) controller.abort(); } });
    expect(outcome).toMatchObject({ canceled: true, counts: { processed: 500 } });
    // The oldest 500 (their times are their numbers): what they hold was found, nothing after them.
    const firstChunk = shortOnes.filter((id) => Number(id.split('-').at(-1)) <= 500);
    expect((await db.dataCheckFindings.toArray()).map((f) => f.transactionId).sort()).toEqual([...firstChunk].sort());
    expect(await lastDataCheck(db)).toMatchObject({ status: 'Canceled', processed: 500, total: 1_200 });
  });
});

describe('an order that fails for several causes', () => {
  it('records them all, shows each text, and is counted and listed under each', async () => {
    const hq = await seededDatabase();
    // No default payment service, and a broken line: an order paid by card fails for both.
    await hq.paymentServices.toCollection().modify({ defaultForNewCreditCards: false });
    await uploadAndSynchronize(hq);
    const both = (await hq.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray())
      .find((s) => s.ErrorCauses.includes('paymentService') && s.ErrorCauses.some(isData));
    expect(both).toBeDefined();
    expect(both!.ErrorDetail).toContain('There must be a default payment service');
    expect(both!.ErrorDetail!.split('\n').length).toBeGreaterThan(1);
    for (const cause of both!.ErrorCauses) {
      const page = await queryTransactionsPage(hq, { ...listOf(both!.channelKind, null), status: 'Failed', cause }, { page: 0, pageSize: 5000, descending: true });
      expect(page.rows.map((r) => keyText(r.status)), cause).toContain(keyText(both!));
    }
    const groups = new Map((await failuresByCause(hq)).map((g) => [g.cause, g.total]));
    const failed = await hq.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray();
    for (const cause of both!.ErrorCauses) expect(groups.get(cause), cause).toBe(failed.filter((s) => s.ErrorCauses.includes(cause)).length);
  });
});
