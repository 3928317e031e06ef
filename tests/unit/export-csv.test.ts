import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { CsvWriter, toCsv, UTF8_BOM } from '../../shared/export/csv';
import { JsonListWriter } from '../../shared/export/json';
import { exportFileName, slug, type ExportColumn } from '../../shared/export/export-file';
import { transactionListColumns } from '../../shared/export/transaction-list-columns';

interface Person { name: string; city: string | null; amount: number; note: string }
const columns: ExportColumn<Person>[] = [
  { heading: 'Name', value: (p) => p.name },
  { heading: 'City', value: (p) => p.city },
  { heading: 'Amount', value: (p) => p.amount },
  { heading: 'Note', value: (p) => p.note },
];
const people: Person[] = [
  { name: 'Bjørn Ærø', city: 'Tromsø', amount: -49.5, note: 'likes "quotes", commas' },
  { name: 'Åse Øvre', city: null, amount: 3, note: 'two\nlines' },
];

/** What Excel reads: the bytes a Blob of the text holds, decoded as UTF-8. */
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('CSV export', () => {
  it('starts with a UTF-8 byte order mark and ends lines with CRLF, so Excel opens æøå intact', () => {
    const csv = toCsv(columns, people);
    const bytes = bytesOf(csv);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const decoded = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(decoded.startsWith(UTF8_BOM)).toBe(true);
    expect(decoded).toContain('Bjørn Ærø,Tromsø');
    expect(decoded).toContain('Åse Øvre');
    // Every line break between records is CRLF; the one inside a quoted value is the value's own.
    expect(decoded.split('\r\n')[0]).toBe(`${UTF8_BOM}Name,City,Amount,Note`);
    expect(decoded.endsWith('\r\n')).toBe(true);
  });

  it('quotes commas, quotes and line breaks, and reads back to the same values', () => {
    const csv = toCsv(columns, people);
    expect(csv).toContain('"likes ""quotes"", commas"');
    expect(csv).toContain('"two\nlines"');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.data).toEqual([
      ['Name', 'City', 'Amount', 'Note'],
      ['Bjørn Ærø', 'Tromsø', '-49.5', 'likes "quotes", commas'],
      ['Åse Øvre', '', '3', 'two\nlines'],
    ]);
  });

  it('never lets a value run as a formula in Excel, but keeps negative numbers as numbers', () => {
    const csv = toCsv([{ heading: 'Value', value: (v: string) => v }], ['=HYPERLINK("x")', '+1+1', '@SUM(A1)', '-2+3', '-3', '-49.50', 'plain']);
    const values = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data.slice(1).map((r) => r[0]);
    expect(values).toEqual(["'=HYPERLINK(\"x\")", "'+1+1", "'@SUM(A1)", "'-2+3", '-3', '-49.50', 'plain']);
  });

  it('writes the header once however many chunks follow, and an empty list as the header alone', () => {
    const writer = new CsvWriter(columns);
    writer.add(people.slice(0, 1));
    writer.add([]);
    writer.add(people.slice(1));
    expect(writer.text()).toBe(toCsv(columns, people));
    expect(writer.count).toBe(2);
    expect(toCsv(columns, [])).toBe(`${UTF8_BOM}Name,City,Amount,Note\r\n`);
  });

  it('heads the transaction list with the labels the UI shows', () => {
    const headings = transactionListColumns.map((c) => c.heading);
    expect(headings).toEqual(expect.arrayContaining(['Company', 'Store', 'Register number', 'Transaction number', 'Channel reference ID',
      'Receipt number', 'Customer account', 'Gross amount', 'Pending order status', 'Order error details', 'Retry count', 'Sales order', 'Last edit user']));
    expect(new Set(headings).size).toBe(headings.length);
  });
});

describe('JSON export', () => {
  it('builds, an item at a time, exactly what JSON.stringify writes', () => {
    const envelope = { '@odata.context': 'https://hq/data/$metadata#RetailTransactions', nested: { a: [1, 2] } };
    const writer = new JsonListWriter(envelope, 'value');
    writer.add([{ name: 'Bjørn', lines: [{ qty: -1 }] }]);
    writer.add([{ name: 'Åse', lines: [] }]);
    expect(writer.finish().join('')).toBe(`${JSON.stringify({ ...envelope, value: [{ name: 'Bjørn', lines: [{ qty: -1 }] }, { name: 'Åse', lines: [] }] }, null, 2)}\n`);
    expect(new JsonListWriter(envelope, 'value').finish().join('')).toBe(`${JSON.stringify({ ...envelope, value: [] }, null, 2)}\n`);
  });
});

describe('file names', () => {
  it('names a file after the list and the local date', () => {
    expect(exportFileName('Online store transactions', new Date(2026, 10, 23, 23, 30), 'csv')).toBe('online-store-transactions-2026-11-23.csv');
    expect(slug('Audit report Demo headquarters (USRT)')).toBe('audit-report-demo-headquarters-usrt');
    expect(slug('Sjøholt.zip (imported 2026-11-23 10:00 UTC)')).toBe('sjøholt-zip-imported-2026-11-23-10-00-utc');
  });
});
