import { XMLParser } from 'fast-xml-parser';
import { entityNamed, entityOfColumns, mapOf } from './entity-maps';
import { ImportRefused, type ImportedEntity, type ImportedFile } from './import-types';
import type { RowCollector } from './row-collector';
import { CsvRowStream } from './csv-row-stream';
import { streamZipFiles, zipFile, zipFileNames, type ZipFileReader } from './zip-stream';

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

const UTF16_FORMAT = 'CSV-UNICODE';

/** Refused before a byte of data is read: a format Sync Console does not read. */
function checkFormat(entry: ManifestEntry, packageName: string): void {
  const format = entry.sourceFormat.toUpperCase();
  if (format !== UTF16_FORMAT && format !== 'CSV') {
    throw new ImportRefused(`${packageName}: ${entry.inputFilePath} is in the ${entry.sourceFormat} format; Sync Console reads CSV-Unicode and CSV packages. Export the package as CSV-Unicode.`);
  }
}

const normalizePath = (path: string) => path.replace(/\\/g, '/').replace(/^\.?\//, '').toLowerCase();

/**
 * One data file read as it is inflated: its bytes decoded in the encoding its source format
 * promises (a file in another one is refused, not misread), its CSV rows handed to the collector
 * a piece at a time, its entity known by the manifest's name or else by its columns.
 */
class DataFileReader implements ZipFileReader {
  private readonly decoder: TextDecoder;
  private readonly csv: CsvRowStream;
  private readonly where: string;
  private head: Uint8Array | null = new Uint8Array(0);
  entity: ImportedEntity | null;

  constructor(private readonly entry: ManifestEntry, packageName: string, collector: RowCollector) {
    this.where = `${packageName}: ${entry.inputFilePath}`;
    this.entity = entityNamed(entry.entityName);
    // The decoder drops the byte order mark itself.
    this.decoder = this.utf16 ? new TextDecoder('utf-16le') : new TextDecoder('utf-8', { fatal: true });
    this.csv = new CsvRowStream(async (rows, firstLine, columns) => {
      this.entity ??= entityOfColumns(columns);
      if (!this.entity) throw this.unknownEntity();
      for (const [i, row] of rows.entries()) await collector.add(this.entity, row, this.where, `line ${firstLine + i}`);
    });
  }

  private get utf16(): boolean {
    return this.entry.sourceFormat.toUpperCase() === UTF16_FORMAT;
  }

  get rowsRead(): number {
    return this.csv.rows;
  }

  unknownEntity(): ImportRefused {
    return new ImportRefused(`${this.where} (${this.entry.entityName || 'no entity name'}) matches no entity Sync Console knows, by its name or by its columns.`);
  }

  async data(piece: Uint8Array): Promise<void> {
    let bytes = piece;
    if (this.head) {
      // The first two bytes say whether a CSV-Unicode file is what it claims to be.
      bytes = this.head.byteLength ? new Uint8Array([...this.head, ...piece]) : piece;
      if (bytes.byteLength < 2) return void (this.head = bytes);
      this.head = null;
      this.checkUtf16(bytes);
    }
    await this.csv.write(this.decode(bytes, true));
  }

  async end(): Promise<void> {
    const rest = this.head ?? new Uint8Array(0);
    if (rest.byteLength) this.checkUtf16(rest);
    await this.csv.write(this.decode(rest, false));
    await this.csv.end();
  }

  private checkUtf16(start: Uint8Array): void {
    if (this.utf16 && (start[0] !== UTF16_BOM[0] || start[1] !== UTF16_BOM[1])) {
      throw new ImportRefused(`${this.where} should be CSV-Unicode (UTF-16 LE with a byte order mark), as the manifest says, but it is not.`);
    }
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return this.decoder.decode(bytes, { stream });
    } catch {
      throw new ImportRefused(`${this.where} should be UTF-8 text (CSV), as the manifest says, but it is not.`);
    }
  }
}

/** A data management package: the manifest decides which data file is which entity. */
export async function readDmfPackage(name: string, bytes: Uint8Array, collector: RowCollector): Promise<ImportedFile> {
  const names = zipFileNames(bytes, name);
  const pathOf = new Map(names.map((n) => [normalizePath(n), n]));
  const manifest = pathOf.get('manifest.xml');
  if (!manifest) throw new ImportRefused(`${name} is a .zip but not a data management package: it has no Manifest.xml.`);
  const entries = manifestEntries(decodeXml(zipFile(bytes, name, manifest)), name);
  if (entries.length === 0) throw new ImportRefused(`${name}: Manifest.xml lists no entities.`);

  const readers = new Map<string, DataFileReader>();
  for (const entry of entries) {
    const path = pathOf.get(normalizePath(entry.inputFilePath));
    if (!path) throw new ImportRefused(`${name}: the manifest names ${entry.inputFilePath}, but the package has no such file.`);
    checkFormat(entry, name);
    readers.set(path, new DataFileReader(entry, name, collector));
  }
  await streamZipFiles(bytes, name, (path) => readers.get(path));

  const parts: ImportedFile['parts'] = [];
  for (const [i, reader] of [...readers.values()].entries()) {
    const entity = reader.entity;
    if (!entity) throw reader.unknownEntity();
    parts.push({ path: entries[i]!.inputFilePath, entity, entityLabel: mapOf(entity).label, rowsRead: reader.rowsRead });
  }
  return { name, format: 'Data management package', parts };
}
