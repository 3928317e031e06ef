import { readDmfPackage } from './read-dmf';
import { readODataPage } from './read-odata';
import { ImportRefused, MAX_IMPORT_FILE_BYTES, type ImportBatch, type ImportReport, type ImportSource } from './import-types';
import { RowCollector } from './row-collector';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** JSON from a file: UTF-8 (with or without a byte order mark) or UTF-16 LE with one, as Windows tools save it. */
function decodeJson(source: ImportSource): string {
  const { bytes } = source;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportRefused(`${source.name} is not an OData JSON page or a data management package: it is neither UTF-8 text nor a .zip.`);
  }
}

/**
 * Reads what an HQ exported: OData JSON pages and data management packages, several files at
 * once, pages of one entity in any order. Rows go to `sink` in batches as they are read; a row
 * that cannot be taken is reported and the rest go on; a file that cannot be read at all stops
 * everything with ImportRefused, naming it (the caller then keeps nothing).
 */
export async function readImport(
  sources: ImportSource[], sink: (batch: ImportBatch) => Promise<void>, options: { signal?: AbortSignal; onProgress?: (rowsRead: number) => void } = {},
): Promise<ImportReport> {
  const tooBig = sources.find((s) => s.bytes.byteLength > MAX_IMPORT_FILE_BYTES);
  if (tooBig) throw new ImportRefused(`${tooBig.name} is ${megabytes(tooBig.bytes.byteLength)}; files up to ${megabytes(MAX_IMPORT_FILE_BYTES)} can be imported. Export it in smaller pages.`);
  const collector = new RowCollector(sink, options);
  for (const source of sources) {
    options.signal?.throwIfAborted();
    const file = isZip(source.bytes)
      ? await readDmfPackage(source.name, source.bytes, collector)
      : await readODataPage(source.name, decodeJson(source), collector);
    collector.report.files.push(file);
  }
  return collector.finish();
}
