import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { unzipSync, Zip, ZipDeflate } from 'fflate';
import { readImport } from '../../shared/import/read-import';
import type { ImportBatch, ImportSource } from '../../shared/import/import-types';
import { HqDatabase } from '../../shared/db/hq-database';
import { WorkspaceRegistry } from '../../shared/db/workspace-registry';
import { importWorkspace } from '../../shared/import/import-workspace';
import { dmfPackage, exportedHeader, source, utf16le } from '../support/import-fixtures';
import { declareSize, zipEntryAt } from '../support/hostile-zips';

async function read(sources: ImportSource[]) {
  const batches: ImportBatch[] = [];
  const report = await readImport(sources, async (b) => void batches.push(b));
  return { report, headers: batches.filter((b) => b.entity === 'RetailTransactionTable').flatMap((b) => b.rows as unknown as Record<string, unknown>[]) };
}
const outcomeOf = (zip: Uint8Array) => read([source('usrt.zip', zip)]).then(
  ({ report }) => `imported ${report.imported}, refused ${report.rejected.length}`,
  (e: Error) => `${e.name}: ${e.message}`,
);

/** The package of these tests: three transactions, as HQ exports them in CSV-Unicode. */
const usrtPackage = (options: { stored?: string[] } = {}) =>
  dmfPackage([{ entityName: 'Transactions', file: 'Transactions.csv', rows: [1, 2, 3].map((n) => exportedHeader(n)) }], options);

describe('a damaged package', () => {
  it('is refused when an amount changed inside the zip and its CRC-32 was left: nothing is imported, not 908 for 108', async () => {
    const zip = usrtPackage({ stored: ['Transactions.csv'] });
    const at = zipEntryAt(zip, 'Transactions.csv');
    const data = zip.subarray(at.dataOffset, at.dataOffset + at.compressedSize);
    const amount = Buffer.from(data).indexOf(Buffer.from(utf16le(',108,').subarray(2)));
    expect(amount).toBeGreaterThan(0);
    data[amount + 2] = '9'.charCodeAt(0);
    expect(await outcomeOf(zip)).toBe(
      'ImportRefused: usrt.zip is damaged: the data of Transactions.csv does not match its CRC-32 checksum, so its values cannot be trusted. Nothing was imported: export the package again.');
  });

  it('is refused, naming the zip and its entry, when an entry is not the size the zip declares, its CRC-32 left as it was', async () => {
    for (const change of [-2, 2]) {
      const zip = usrtPackage({ stored: ['Transactions.csv'] });
      declareSize(zip, 'Transactions.csv', zipEntryAt(zip, 'Transactions.csv').size + change);
      expect(await outcomeOf(zip)).toBe('ImportRefused: usrt.zip is damaged: Transactions.csv is not the size the zip says it is. Nothing was imported: export the package again.');
    }
  });

  it('is refused when an entry cannot be inflated', async () => {
    const zip = usrtPackage();
    // A deflate block of type 3, which deflate does not have.
    zip[zipEntryAt(zip, 'Transactions.csv').dataOffset] = 0b111;
    expect(await outcomeOf(zip)).toBe('ImportRefused: usrt.zip is damaged: Transactions.csv cannot be inflated, its compressed data is broken. Nothing was imported: export the package again.');
  });

  it('is refused when it is cut short, and when its two records of an entry disagree', async () => {
    const zip = usrtPackage();
    expect(await outcomeOf(zip.slice(0, zip.byteLength - 30))).toBe('ImportRefused: usrt.zip is a damaged or incomplete .zip: it cannot be opened. Export the package again.');
    const at = zipEntryAt(zip, 'Transactions.csv');
    new DataView(zip.buffer).setUint32(at.local + 14, at.crc ^ 1, true);
    expect(await outcomeOf(zip)).toBe(
      "ImportRefused: usrt.zip is damaged: the zip's two records of Transactions.csv (its local header and its central directory) do not agree. Nothing was imported: export the package again.");
  });

  it('with one bit flipped anywhere is refused in words naming the zip, or, where no reader uses the bit (a time, a version), imported whole: never in part', async () => {
    const whole = usrtPackage();
    const expected = await read([source('usrt.zip', whole)]);
    expect(expected.report).toMatchObject({ imported: 3, rejected: [] });
    let refused = 0;
    for (let i = 0; i < whole.byteLength; i++) {
      const zip = whole.slice();
      zip[i]! ^= 1 << (i % 8);
      const outcome = await read([source('usrt.zip', zip)]).then((r) => r, (e: Error) => e);
      if (outcome instanceof Error) {
        expect(outcome.name, `byte ${i}: ${outcome.message}`).toBe('ImportRefused');
        expect(outcome.message, `byte ${i}`).toMatch(/^usrt\.zip\b/);
        refused += 1;
      } else expect(outcome, `byte ${i}`).toEqual(expected);
    }
    // Every byte of the data file's deflated data, at the least, is one the import reads.
    expect(refused).toBeGreaterThan(zipEntryAt(whole, 'Transactions.csv').compressedSize);
  });

  it('reads a package written as a stream, its CRC-32 and sizes in data descriptors after the data, and refuses one whose descriptor was changed', async () => {
    const pieces: Uint8Array[] = [];
    const zip = new Zip((error, piece) => {
      if (error) throw error;
      pieces.push(piece);
    });
    for (const [name, data] of Object.entries(unzipSync(usrtPackage()))) {
      const file = new ZipDeflate(name);
      zip.add(file);
      file.push(data, true);
    }
    zip.end();
    const streamed = new Uint8Array(Buffer.concat(pieces));
    expect(await outcomeOf(streamed)).toBe('imported 3, refused 0');
    const at = zipEntryAt(streamed, 'Transactions.csv');
    // The descriptor's CRC-32, past its signature, right after the data.
    new DataView(streamed.buffer).setUint32(at.dataOffset + at.compressedSize + 4, at.crc ^ 1, true);
    expect(await outcomeOf(streamed)).toMatch(/^ImportRefused: usrt\.zip is damaged: the zip's two records of Transactions\.csv/);
  });

  it('creates no workspace, and one whose every row was refused creates none either', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const deps = { registry: new WorkspaceRegistry(options), open: (name: string) => new HqDatabase(name, options), remove: (name: string) => new HqDatabase(name, options).delete() };
    const ctx = { now: () => new Date('2026-09-21T08:00:00Z') };
    const damaged = usrtPackage();
    damaged[zipEntryAt(damaged, 'Transactions.csv').dataOffset + 9]! ^= 0x10;
    await expect(importWorkspace(deps, 'a', [source('usrt.zip', damaged)], ctx)).rejects.toThrow(/^usrt\.zip is damaged: .*Transactions\.csv/);
    const refusedAll = dmfPackage([{ entityName: 'Transactions', file: 'Transactions.csv', rows: [1, 2].map((n) => exportedHeader(n, { GrossAmount: 'x' })) }]);
    await expect(importWorkspace(deps, 'b', [source('usrt.zip', refusedAll)], ctx)).rejects.toThrow(/^Nothing was imported, so no workspace was created: 2 row\(s\) were read and every one was refused/);
    expect(await deps.registry.workspaces.count()).toBe(0);
  });
});
