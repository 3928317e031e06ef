// The bench page: runs in real Chromium, against the app's own HQ worker bundle (startHqWorker),
// beside a plain Dexie bulkPut of the same rows. tests/bench/run.ts drives it with Playwright.
import { Dexie } from 'dexie';
import { startHqWorker } from '../../../renderer/hq/hq-client';
import { generateTransaction } from '../../../shared/demo/generate-transaction';
import { demoStores } from '../../../shared/demo/demo-organization';
import { createRandom } from '../../../shared/demo/prng';
import { dmfPackage } from '../../support/import-fixtures';
import type { TransactionBundle } from '../../../shared/domain/transaction-entities';

export interface BenchFigure {
  scenario: string;
  rows: number;
  engineMs: number;
  rawMs: number;
  heapBeforeMb: number | null;
  heapAfterMb: number | null;
}

const heapMb = (): number | null => {
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  return memory ? Math.round(memory.usedJSHeapSize / 1048576) : null;
};

/** n transactions as HQ stores them: the header and its sales lines. */
function transactions(n: number): TransactionBundle[] {
  const random = createRandom(20261123);
  return Array.from({ length: n }, (_, i) => {
    const store = demoStores[i % demoStores.length]!;
    return generateTransaction(random, { store, seq: i + 1, number: i + 1, transDate: new Date(Date.UTC(2026, 8, 1) + i * 7000) });
  });
}

/** The same rows as a data management package would carry them: RetailTransactions and sales lines, public names, CSV-Unicode. */
function packageOf(bundles: readonly TransactionBundle[]): Uint8Array {
  const headers = bundles.map(({ RetailTransactionTable: h }) => ({
    dataAreaId: h.dataAreaId, OperatingUnitNumber: h.store, Terminal: h.terminal, TransactionNumber: h.transactionId, ChannelReferenceId: h.ChannelReferenceId ?? '',
    ReceiptNumber: h.receiptId ?? '', CustomerAccount: h.custAccount ?? '', TransactionType: h.type, TransactionDate: h.transDate, TransactionTime: h.transTime,
    GrossAmount: h.grossAmount, NetAmount: h.netAmount, PaymentAmount: h.paymentAmount, Currency: h.currency, CreatedOffline: 'No',
  }));
  const lines = bundles.flatMap((b) => b.RetailTransactionSalesTrans.map((l) => ({
    dataAreaId: l.dataAreaId, OperatingUnitNumber: l.store, Terminal: l.terminal, TransactionNumber: l.transactionId, LineNumber: l.lineNum, ItemId: l.itemId,
    Quantity: l.qty, Price: l.price, NetAmount: l.netAmount, TaxAmount: l.taxAmount,
  })));
  return dmfPackage([
    { entityName: 'Retail transactions', file: 'Retail transactions.csv', rows: headers },
    { entityName: 'Retail transaction sales lines', file: 'Retail transaction sales lines.csv', rows: lines },
  ]);
}

/** A plain Dexie bulkPut of the same rows, strict durability like the app's database, in chunks of 2,000. */
async function rawBulkPut(bundles: readonly TransactionBundle[]): Promise<number> {
  const db = new Dexie(`bench-raw-${crypto.randomUUID()}`, { chromeTransactionDurability: 'strict' });
  db.version(1).stores({ headers: '[dataAreaId+store+terminal+transactionId]', lines: '++id, [dataAreaId+store+terminal+transactionId]' });
  const headers = bundles.map((b) => b.RetailTransactionTable);
  const lines = bundles.flatMap((b) => b.RetailTransactionSalesTrans);
  const start = performance.now();
  for (let i = 0; i < headers.length; i += 2000) await db.transaction('rw', 'headers', () => db.table('headers').bulkPut(headers.slice(i, i + 2000)));
  for (let i = 0; i < lines.length; i += 2000) await db.transaction('rw', 'lines', () => db.table('lines').bulkPut(lines.slice(i, i + 2000)));
  const ms = performance.now() - start;
  await db.delete();
  return ms;
}

/** Import of n transactions with their lines from a DMF package, through the app's worker, beside the raw rate of the same rows. */
async function benchImport(n: number): Promise<BenchFigure> {
  const bundles = transactions(n);
  const rows = bundles.reduce((sum, b) => sum + 1 + b.RetailTransactionSalesTrans.length, 0);
  const rawMs = await rawBulkPut(bundles);
  const bytes = packageOf(bundles);
  const hq = startHqWorker({ databaseName: `bench-host-${crypto.randomUUID()}`, readOnly: false });
  await hq.ready;
  const heapBeforeMb = heapMb();
  const start = performance.now();
  const outcome = await hq.execute({ type: 'importFiles', importId: crypto.randomUUID(), files: [{ name: 'bench.zip', bytes }] });
  const engineMs = performance.now() - start;
  if (outcome.counts?.succeeded !== rows) throw new Error(`the import took ${outcome.counts?.succeeded} of ${rows} rows`);
  return { scenario: `Import from a DMF package (${n} transactions)`, rows, engineMs, rawMs, heapBeforeMb, heapAfterMb: heapMb() };
}

(window as unknown as { bench: unknown }).bench = { benchImport };
