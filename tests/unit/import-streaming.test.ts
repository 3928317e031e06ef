import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { CsvRowStream } from '../../shared/import/csv-row-stream';
import { readImport } from '../../shared/import/read-import';
import { SLICE_BYTES, ZipPackage } from '../../shared/import/zip-stream';
import { DEFAULT_IMPORT_LIMITS } from '../../shared/platform/import-limits';
import type { ImportBatch } from '../../shared/import/import-types';
import { dmfPackage, exportedHeader, source } from '../support/import-fixtures';

/** Text deflate cannot shrink much, so the package spans many of the slices the zip is read in. */
const noise = (n: number) => Array.from({ length: 6 }, (_, i) => ((n * 2654435761 + i * 40503) >>> 0).toString(36)).join('');
/** A reference with everything that can be split between two pieces: a quote, a comma, a line break, letters of two and more bytes. */
const awkward = (n: number) => `Åse "Ødegård", ${noise(n)}\r\nlinje 2 – €`;

describe('streaming a data management package', () => {
  it('hands a data file on in pieces, never the whole file at once', async () => {
    const text = new TextEncoder().encode(Array.from({ length: 60_000 }, (_, i) => `${i},${noise(i)}\r\n`).join(''));
    const pieces: number[] = [];
    let ended = false;
    await new ZipPackage(zipSync({ 'big.csv': text, 'other.csv': text }), 'p.zip', DEFAULT_IMPORT_LIMITS).stream((name) => (name === 'big.csv' ? {
      data: async (piece) => void pieces.push(piece.byteLength),
      end: async () => void (ended = true),
    } : undefined));
    expect(pieces.reduce((a, b) => a + b, 0)).toBe(text.byteLength);
    expect(ended).toBe(true);
    expect(Math.max(...pieces)).toBeLessThan(text.byteLength / 20);
  });

  it('hands rows on as each piece of text arrives, keeping a row split between two pieces whole', async () => {
    const handed: string[][] = [];
    const stream = new CsvRowStream(async (rows, firstLine, columns) => void handed.push(rows.map((r) => `${firstLine}:${r[columns.indexOf('A')]}|${r[columns.indexOf('B')]}`)));
    await stream.write('A,B\r\n1,"one, ');
    await stream.write('still one"\r\n2,tw');
    expect(handed).toEqual([['2:1|one, still one']]);
    await stream.write('o\r\n');
    await stream.end();
    expect(handed.flat()).toEqual(['2:1|one, still one', '3:2|two']);
    expect(stream.rows).toBe(2);
  });

  it.each(['CSV-Unicode', 'CSV'] as const)('reads every row of a %s file that spans many slices intact', async (format) => {
    const headers = Array.from({ length: 6000 }, (_, i) => exportedHeader(i + 1, { ChannelReferenceId: awkward(i) }));
    const bytes = dmfPackage([{ entityName: 'Retail transactions', file: 'h.csv', format, rows: headers }]);
    expect(bytes.byteLength).toBeGreaterThan(8 * SLICE_BYTES);
    const batches: ImportBatch[] = [];
    const report = await readImport([source('p.zip', bytes)], async (b) => void batches.push(b));
    expect(report).toMatchObject({ rowsRead: 6000, imported: 6000, rejected: [] });
    const references = batches.flatMap((b) => b.rows.map((r) => (r as { ChannelReferenceId: string | null }).ChannelReferenceId));
    expect(references).toEqual(headers.map((h) => h.ChannelReferenceId));
  });
});
