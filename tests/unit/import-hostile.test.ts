import { describe, expect, it } from 'vitest';
import { readImport } from '../../shared/import/read-import';
import { importLimits, type ImportLimits } from '../../shared/platform/import-limits';
import type { ImportBatch, ImportSource } from '../../shared/import/import-types';
import { ZipPackage } from '../../shared/import/zip-stream';
import { rejectedCount } from '../../shared/import/refusal-log';
import { dmfPackage, exportedHeader, odataPage, source } from '../support/import-fixtures';
import { declareSize } from '../support/hostile-zips';

const options = { company: 'usrt', dateLocale: 'en-US', acceptIncomplete: false } as const;
const COLUMNS = 'OPERATINGUNITNUMBER,TERMINAL,TRANSACTIONNUMBER,GROSSAMOUNT\r\n';

/** A package of one plain CSV data file of the given text, deflated as any zip tool would. */
const csvPackage = (text: string) => dmfPackage([{ entityName: 'Transactions', file: 't.csv', format: 'CSV', rows: [], bytes: new TextEncoder().encode(text) }]);

async function read(sources: ImportSource[], limits?: Partial<ImportLimits>, signal?: AbortSignal) {
  const batches: ImportBatch[] = [];
  const progress: number[] = [];
  const report = await readImport(sources, async (b) => void batches.push(b), {
    import: options, limits: importLimits(limits), signal, onProgress: (rowsRead) => progress.push(rowsRead),
  });
  return { report, batches, progress };
}
const refusalOf = (sources: ImportSource[], limits?: Partial<ImportLimits>) => read(sources, limits).then(() => 'imported', (e: Error) => `${e.name}: ${e.message}`);

describe('a hostile package', () => {
  it('is refused as a zip bomb by what its entry declares, before a byte of it is inflated', async () => {
    // 16 MB of one row's cell, deflated to a few kilobytes: a gigabyte cell made small.
    const bomb = csvPackage(`${COLUMNS}HOUSTON,HOUSTON-1,X-1,${'9'.repeat(16 << 20)}\r\n`);
    expect(bomb.byteLength).toBeLessThan(64 << 10);
    expect(await refusalOf([source('bomb.zip', bomb)])).toMatch(
      /^ImportRefused: bomb\.zip: t\.csv would inflate to \d+ times its compressed size; HQ's exports inflate about 40 times, and Sync Console reads up to 200\. It was not inflated \(it may be a zip bomb\): nothing was imported\.$/);
  });

  it('never inflates an entry past the size it declares: a bomb that declares little is refused as damaged at once', async () => {
    const bomb = csvPackage(`${COLUMNS}${'HOUSTON,HOUSTON-1,X-1,1\r\n'.repeat(1 << 18)}`);
    declareSize(bomb, 't.csv', 1000);
    let handed = 0;
    const zip = new ZipPackage(bomb, 'bomb.zip', importLimits());
    const streamed = zip.stream((name) => (name === 't.csv' ? { data: async (piece) => void (handed += piece.byteLength), end: async () => undefined } : undefined));
    await expect(streamed).rejects.toThrow('bomb.zip is damaged: t.csv is not the size the zip says it is. Nothing was imported: export the package again.');
    expect(handed).toBeLessThanOrEqual(1000);
  });

  it('refuses a row that never ends as soon as it runs past the longest row read, whatever the ratio', async () => {
    // Digits that deflate little, so the cell comes inflated in many pieces, as a gigabyte one would.
    let seed = 1;
    const digits = Array.from({ length: 3 << 20 }, () => (seed = (seed * 48271) % 2147483647) % 10).join('');
    const cell = csvPackage(`${COLUMNS}HOUSTON,HOUSTON-1,X-1,"${digits}"\r\n`);
    expect(await refusalOf([source('cell.zip', cell)], { maxRatio: 1e6 })).toBe(
      'ImportRefused: cell.zip: t.csv: the row from line 2 runs past 1000000 characters without ending; a row HQ writes is under 2000. Nothing was imported.');
  });

  it('stops a repeated stream of rows at the row limit, having read no more', async () => {
    const repeated = csvPackage(`${COLUMNS}${'HOUSTON,HOUSTON-1,X-1,1\r\n'.repeat(5000)}`);
    const batches: ImportBatch[] = [];
    const progress: number[] = [];
    const outcome = await readImport([source('rows.zip', repeated)], async (b) => void batches.push(b), {
      import: options, limits: importLimits({ maxRowsPerFile: 1000, maxRatio: 1e6 }), onProgress: (n) => progress.push(n),
    }).then(() => 'imported', (e: Error) => e.message);
    expect(outcome).toBe('rows.zip: t.csv has more than 1000 rows; a 100 MB export holds about 4 million. Nothing was imported: export fewer rows a file.');
    expect(Math.max(0, ...progress)).toBeLessThanOrEqual(1000);
  });

  it('refuses a data file with more columns than any entity has', async () => {
    const wide = csvPackage(`${COLUMNS.trimEnd()},${Array.from({ length: 1200 }, (_, i) => `C${i}`).join(',')}\r\nHOUSTON,HOUSTON-1,X-1,1\r\n`);
    expect(await refusalOf([source('wide.zip', wide)])).toBe(
      'ImportRefused: wide.zip: t.csv has 1204 columns; an entity HQ exports has fewer than 150, and Sync Console reads up to 1000. Nothing was imported.');
  });

  it('keeps the first 5000 refusals in full and counts the rest by file, field and reason', async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `HOUSTON,HOUSTON-1,X-${i},${i % 3 === 0 ? 'many' : 'x'}`);
    const { report } = await read([source('bad.zip', csvPackage(`${COLUMNS}${rows.join('\r\n')}\r\n`))], { maxRatio: 1e6 });
    expect(report).toMatchObject({ rowsRead: 60_000, imported: 0 });
    expect(report.rejected).toHaveLength(5000);
    expect(report.rejected[0]).toEqual({ file: 'bad.zip: t.csv', where: 'line 2', field: 'GROSSAMOUNT', reason: "gross amount is not a number ('many')" });
    // The quoted values differ; the kind of reason is one, and so is its count.
    expect(report.rejectedMore).toEqual([{ file: 'bad.zip: t.csv', field: 'GROSSAMOUNT', reason: 'gross amount is not a number', rows: 55_000 }]);
    expect(rejectedCount(report)).toBe(60_000);
    expect(JSON.stringify(report).length).toBeLessThan(1 << 20);
  });
});

describe('a hostile OData page', () => {
  it('refuses a value of the wrong JSON type, a key with a control character and a number for key text, each row alone', async () => {
    const { report, batches } = await read([source('t.json', odataPage('RetailTransactions', [
      exportedHeader(1), exportedHeader(2, { GrossAmount: [1, 2] }), exportedHeader(3, { NetAmount: { value: 1 } }), exportedHeader(4, { TransactionNumber: 1e308 }),
      exportedHeader(5, { TransactionNumber: 'HOUSTON-1-5\u0000' }), exportedHeader(6, { Terminal: 'HOUSTON\t1' }), exportedHeader(7, { CustomerAccount: 'x'.repeat(100_001) }),
    ]))]);
    expect(batches.flatMap((b) => b.rows.map((r) => (r as { transactionId: string }).transactionId))).toEqual(['HOUSTON-1-1']);
    expect(report.rejected.map((r) => [r.where, r.field, r.reason])).toEqual([
      ['row 2 of the page', 'GrossAmount', 'GrossAmount is a list ([1,2]) where one value belongs'],
      ['row 3 of the page', 'NetAmount', 'NetAmount is an object ({"value":1}) where one value belongs'],
      ['row 4 of the page', 'TransactionNumber', 'TransactionNumber is a number (1e+308) where text belongs'],
      ['row 5 of the page', 'TransactionNumber', 'TransactionNumber holds a control character (U+0000), which no key HQ writes has'],
      ['row 6 of the page', 'Terminal', 'Terminal holds a control character (U+0009), which no key HQ writes has'],
      ['row 7 of the page', 'CustomerAccount', 'CustomerAccount is 100001 characters long; Sync Console reads values of up to 100000'],
    ]);
  });
});

describe('a long import', () => {
  const badRows = () => csvPackage(`${COLUMNS}${Array.from({ length: 100_000 }, (_, i) => `HOUSTON,HOUSTON-1,X-${i},x`).join('\r\n')}\r\n`);

  it('lets other work in while it reads, even when it refuses every row and writes nothing', async () => {
    const order: string[] = [];
    const reading = read([source('bad.zip', badRows())], { maxRatio: 1e6 }).then(() => order.push('import ended'), () => order.push('import ended'));
    // What a command arriving at the worker is: a task of its own, which runs only when the import lets it.
    await new Promise((resolve) => setTimeout(resolve, 0));
    order.push('another command answered');
    await reading;
    expect(order).toEqual(['another command answered', 'import ended']);
  });

  it('hears a cancel while it reads, and stops there', async () => {
    const controller = new AbortController();
    const reading = readImport([source('bad.zip', badRows())], async () => undefined, { import: options, limits: importLimits({ maxRatio: 1e6 }), signal: controller.signal });
    // A Cancel is a message to the worker: a task of its own, heard only if the import lets it in before it ends.
    setTimeout(() => controller.abort(), 0);
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
  });
});
