import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';
import Papa from 'papaparse';
import { entityNamed, entityOfColumns, mapOf } from './entity-maps';
import { ImportRefused, type ImportedEntity, type ImportedFile } from './import-types';
import type { RowCollector } from './row-collector';

interface ManifestEntry {
  entityName: string;
  inputFilePath: string;
  sourceFormat: string;
}

const UTF16_BOM = [0xff, 0xfe];

/** Manifest.xml and PackageHeader.xml are UTF-16 LE (as D365 writes them) or UTF-8. */
function decodeXml(bytes: Uint8Array): string {
  const utf16 = bytes[0] === UTF16_BOM[0] && bytes[1] === UTF16_BOM[1];
  const looksUtf16 = utf16 || (bytes.length > 1 && bytes[1] === 0);
  return new TextDecoder(looksUtf16 ? 'utf-16le' : 'utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

/** Every DataManagementPackageEntityData element, wherever the manifest nests it. */
function manifestEntries(xml: string, packageName: string): ManifestEntry[] {
  let tree: unknown;
  try {
    tree = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false }).parse(xml);
  } catch {
    throw new ImportRefused(`${packageName}: Manifest.xml cannot be read as XML.`);
  }
  const found: ManifestEntry[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [tag, value] of Object.entries(node)) {
      if (tag === 'DataManagementPackageEntityData') {
        for (const item of [value].flat()) {
          const e = item as Record<string, unknown>;
          found.push({ entityName: String(e.EntityName ?? ''), inputFilePath: String(e.InputFilePath ?? ''), sourceFormat: String(e.SourceFormat ?? 'CSV') });
        }
      } else visit(value);
    }
  };
  visit(tree);
  return found;
}

/** A data file's text, in the encoding its source format promises; a file in another one is refused, not misread. */
function decodeData(bytes: Uint8Array, entry: ManifestEntry, packageName: string): string {
  const where = `${packageName}: ${entry.inputFilePath}`;
  const format = entry.sourceFormat.toUpperCase();
  if (format === 'CSV-UNICODE') {
    if (bytes[0] !== UTF16_BOM[0] || bytes[1] !== UTF16_BOM[1]) throw new ImportRefused(`${where} should be CSV-Unicode (UTF-16 LE with a byte order mark), as the manifest says, but it is not.`);
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  }
  if (format === 'CSV') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      throw new ImportRefused(`${where} should be UTF-8 text (CSV), as the manifest says, but it is not.`);
    }
  }
  throw new ImportRefused(`${where} is in the ${entry.sourceFormat} format; Sync Console reads CSV-Unicode and CSV packages. Export the package as CSV-Unicode.`);
}

const normalizePath = (path: string) => path.replace(/\\/g, '/').replace(/^\.?\//, '').toLowerCase();

/** One file of the package, decompressed alone: never more than one data file at a time is held decompressed. */
function entryOf(bytes: Uint8Array, path: string, packageName: string): Uint8Array | undefined {
  try {
    return Object.values(unzipSync(bytes, { filter: (file) => normalizePath(file.name) === normalizePath(path) }))[0];
  } catch {
    throw new ImportRefused(`${packageName} is a damaged or incomplete .zip: it cannot be opened. Export the package again.`);
  }
}

const CHUNK_BYTES = 1 << 20;

/**
 * The rows of a CSV text a chunk at a time (about 1 MB of text each), each chunk handed on and
 * awaited before the next is parsed: the rows of a large file are never all in memory at once.
 * Resolves with how many rows there were.
 */
function eachCsvChunk(text: string, onChunk: (rows: Record<string, string>[], firstLine: number, columns: string[]) => Promise<void>): Promise<number> {
  return new Promise((resolve, reject) => {
    let count = 0;
    Papa.parse<Record<string, string>>(text, {
      header: true, skipEmptyLines: true, chunkSize: CHUNK_BYTES,
      chunk: (result: Papa.ParseResult<Record<string, string>>, parser: Papa.Parser) => {
        parser.pause();
        // Line 1 is the field names; the first row of data is line 2.
        onChunk(result.data, count + 2, result.meta.fields ?? []).then(() => {
          count += result.data.length;
          parser.resume();
        }, (error: unknown) => {
          parser.abort();
          reject(error);
        });
      },
      complete: () => resolve(count),
      error: (error: Error) => reject(error),
    });
  });
}

/** A data management package: the manifest decides which data file is which entity. */
export async function readDmfPackage(name: string, bytes: Uint8Array, collector: RowCollector): Promise<ImportedFile> {
  const manifest = entryOf(bytes, 'Manifest.xml', name);
  if (!manifest) throw new ImportRefused(`${name} is a .zip but not a data management package: it has no Manifest.xml.`);
  const entries = manifestEntries(decodeXml(manifest), name);
  if (entries.length === 0) throw new ImportRefused(`${name}: Manifest.xml lists no entities.`);

  const parts: ImportedFile['parts'] = [];
  for (const entry of entries) {
    const data = entryOf(bytes, entry.inputFilePath, name);
    if (!data) throw new ImportRefused(`${name}: the manifest names ${entry.inputFilePath}, but the package has no such file.`);
    const text = decodeData(data, entry, name);
    let entity: ImportedEntity | null = entityNamed(entry.entityName);
    const file = `${name}: ${entry.inputFilePath}`;
    const rowsRead = await eachCsvChunk(text, async (rows, firstLine, columns) => {
      entity ??= entityOfColumns(columns);
      if (!entity) throw new ImportRefused(`${name}: ${entry.inputFilePath} (${entry.entityName || 'no entity name'}) matches no entity Sync Console knows, by its name or by its columns.`);
      for (const [i, row] of rows.entries()) await collector.add(entity, row, file, `line ${firstLine + i}`);
    });
    if (!entity) throw new ImportRefused(`${name}: ${entry.inputFilePath} (${entry.entityName || 'no entity name'}) matches no entity Sync Console knows, by its name or by its columns.`);
    parts.push({ path: entry.inputFilePath, entity, entityLabel: mapOf(entity).label, rowsRead });
  }
  return { name, format: 'Data management package', parts };
}
