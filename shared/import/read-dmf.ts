import { XMLParser } from 'fast-xml-parser';
import { ColumnPlan, type ReadContext } from './convert-row';
import { entityOfColumns, entityOfPackageName } from './entity-maps';
import { ImportRefused, type EntityMatch, type ImportedFile } from './import-types';
import { PartTally } from './part-tally';
import type { PublicEntity } from './public-entities/public-entity';
import type { RowCollector } from './row-collector';
import { CsvRowStream, RowTooLong } from './csv-row-stream';
import { xmlDataRows } from './read-xml-data';
import { ZipPackage, type ZipFileReader } from './zip-stream';
import { fileRefusals, rowPlaces } from './import-messages';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../platform/import-limits';

export interface ManifestEntry {
  entityName: string;
  inputFilePath: string;
  sourceFormat: string;
  /** The manifest's EntityMapList: the file's column (XMLField) → the entity's field (EntityField). */
  fieldOfColumn: ReadonlyMap<string, string>;
}

const UTF16_BOM = [0xff, 0xfe];
const UTF8_BOM = [0xef, 0xbb, 0xbf];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** Manifest.xml and PackageHeader.xml are UTF-16 LE (as D365 writes them) or UTF-8. */
function decodeXml(bytes: Uint8Array): string {
  const looksUtf16 = startsWith(bytes, UTF16_BOM) || (bytes.length > 1 && bytes[1] === 0);
  return new TextDecoder(looksUtf16 ? 'utf-16le' : 'utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

const text = (value: unknown): string => (typeof value === 'string' || typeof value === 'number' ? String(value) : '');

/** Each EntityMap of an entity's EntityMapList: which column of the data file is which of the entity's fields. */
function entityMap(list: unknown): Map<string, string> {
  const maps = typeof list === 'object' && list !== null ? [(list as Record<string, unknown>).EntityMap].flat() : [];
  const byColumn = new Map<string, string>();
  for (const map of maps) {
    if (typeof map !== 'object' || map === null) continue;
    const { XMLField, EntityField } = map as Record<string, unknown>;
    if (text(XMLField) && text(EntityField)) byColumn.set(text(XMLField).toLowerCase(), text(EntityField));
  }
  return byColumn;
}

/**
 * Every DataManagementPackageEntityData element, wherever the manifest nests it. As the package
 * HQ exported in Microsoft's DataPackageHandler sample (usmf_asset-major-types-01.zip) writes them:
 * EntityName is the entity's label, InputFilePath its data file (named after the label),
 * SourceFormat the format's name, and EntityMapList one EntityMap per column (XMLField, the file's
 * column → EntityField). Where REFERENCE.md and that package differ, the package is followed.
 */
function manifestEntries(xml: string, packageName: string): ManifestEntry[] {
  let tree: unknown;
  try {
    tree = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false }).parse(xml);
  } catch {
    throw new ImportRefused(`${packageName}: Manifest.xml cannot be read as XML.`, packageName);
  }
  const found: ManifestEntry[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    for (const [tag, value] of Object.entries(node)) {
      if (tag === 'DataManagementPackageEntityData') {
        for (const item of [value].flat()) {
          const e = item as Record<string, unknown>;
          found.push({
            entityName: text(e.EntityName), inputFilePath: text(e.InputFilePath), sourceFormat: text(e.SourceFormat) || 'CSV', fieldOfColumn: entityMap(e.EntityMapList),
          });
        }
      } else visit(value);
    }
  };
  visit(tree);
  return found;
}

const normalizePath = (path: string) => path.replace(/\\/g, '/').replace(/^\.?\//, '').toLowerCase();
const fileLabel = (path: string) => path.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');

/** Refused before a byte of data is read: a format Sync Console does not read, in words. */
function checkFormat(entry: ManifestEntry, packageName: string): void {
  if (/^excel/i.test(entry.sourceFormat) || /\.xlsx?$/i.test(entry.inputFilePath)) {
    throw new ImportRefused(`${packageName}: ${entry.inputFilePath} (${entry.entityName || 'an entity'}) is an Excel workbook (source format ${entry.sourceFormat}). Sync Console reads packages in CSV (CSV-Unicode, CSV or another delimited format) and XML. In Data management, export the entity again with the source data format CSV-Unicode.`, packageName);
  }
}

/**
 * One data file read as it is inflated: its encoding known from its first bytes (UTF-16 LE or
 * UTF-8 with their byte order marks; without one, UTF-8, else Windows-1252, as a non-Unicode CSV
 * format writes), its CSV rows handed on a piece at a time; an XML data file is read whole. Its
 * entity is the manifest's, else its file's name's (a package names each data file after its
 * entity's label), else, last, the one its columns fit.
 */
class DataFileReader implements ZipFileReader {
  private decoder: TextDecoder | null = null;
  private readonly csv: CsvRowStream;
  private readonly where: string;
  private head: Uint8Array = new Uint8Array(0);
  private readonly xml: Uint8Array[] | null;
  private plan: ColumnPlan | null = null;
  tally: PartTally | null = null;
  private found: { entity: PublicEntity; matchedBy: EntityMatch } | null;
  /** What the report says of the file's encoding, when it is not what its format promised. */
  private encoding: string | null = null;

  readonly whole: ZipFileReader['whole'];
  private readonly limits: ImportLimits;

  constructor(private readonly entry: ManifestEntry, private readonly packageName: string, private readonly collector: RowCollector, private readonly context: ReadContext) {
    this.where = `${packageName}: ${entry.inputFilePath}`;
    this.limits = collector.limits;
    this.found = entityOfPackageName(entry.entityName) ?? this.byFileName();
    this.xml = /^xml/i.test(entry.sourceFormat) ? [] : null;
    this.whole = this.xml ? { maxBytes: this.limits.maxXmlBytes, refusal: (size, max) => fileRefusals.xmlTooLarge(packageName, entry.inputFilePath, size, max) } : undefined;
    this.csv = new CsvRowStream((rows, firstLine, columns) => this.rows(rows, columns, (i) => rowPlaces.line(String(firstLine + i))), {}, this.limits.maxRowChars);
  }

  private refuse(message: string): ImportRefused {
    return new ImportRefused(message, this.packageName);
  }

  private byFileName(): { entity: PublicEntity; matchedBy: EntityMatch } | null {
    const named = entityOfPackageName(fileLabel(this.entry.inputFilePath));
    return named ? { entity: named.entity, matchedBy: 'file name' } : null;
  }

  /** The last resort: the entity the columns fit, read as the manifest's EntityMapList names them. */
  private byColumns(columns: readonly string[]): { entity: PublicEntity; matchedBy: EntityMatch } | null {
    const entity = entityOfColumns(columns.map((c) => this.entityField(c)));
    return entity ? { entity, matchedBy: 'columns' } : null;
  }

  private readonly entityField = (column: string) => this.entry.fieldOfColumn.get(column.toLowerCase()) ?? column;

  unknownEntity(): ImportRefused {
    return this.refuse(`${this.where} (${this.entry.entityName || 'no entity name'}) matches no entity Sync Console knows, by its name, its file's name or its columns.`);
  }

  /** Rows of the file: a CSV's as lists of cells in the order of its columns, an XML file's by column name. */
  private async rows(rows: readonly (readonly unknown[] | Record<string, unknown>)[], columns: readonly string[], whereOf: (i: number) => string): Promise<void> {
    if (!this.plan) {
      if (columns.length > this.limits.maxColumns) throw this.refuse(fileRefusals.tooManyColumns(this.where, String(columns.length), String(this.limits.maxColumns)));
      this.found ??= this.byColumns(columns);
      if (!this.found) throw this.unknownEntity();
      this.tally = new PartTally(this.entry.inputFilePath, this.found.entity, this.found.matchedBy);
      this.plan = new ColumnPlan(this.found.entity, columns, this.entityField);
      this.tally.plan(this.plan);
      if (this.encoding) this.tally.note(this.encoding);
    }
    for (const [i, raw] of rows.entries()) {
      if (this.tally!.rowsRead >= this.limits.maxRowsPerFile) throw this.refuse(fileRefusals.tooManyRows(this.where, String(this.limits.maxRowsPerFile)));
      const row = this.plan.convert(raw, this.context);
      this.tally!.row(row);
      await this.collector.add(this.found!.entity.table, row, this.where, whereOf(i), this.found!.entity.set);
    }
  }

  async data(piece: Uint8Array): Promise<void> {
    if (this.xml) return void this.xml.push(piece);
    if (this.decoder) return this.csvText(this.decode(piece, true));
    // The first bytes say the encoding: held until there are enough of them.
    const head = new Uint8Array(this.head.byteLength + piece.byteLength);
    head.set(this.head);
    head.set(piece, this.head.byteLength);
    this.head = head;
    if (head.byteLength < 3) return;
    this.decoder = this.decoderFor(head);
    await this.csvText(this.decode(head, true));
  }

  async end(): Promise<void> {
    if (this.xml) await this.readXml();
    else {
      if (!this.decoder) {
        this.decoder = this.decoderFor(this.head);
        await this.csvText(this.decode(this.head, true));
      }
      await this.csvText(this.decode(new Uint8Array(0), false));
      await this.csvText(null);
    }
    // A data file without rows is reported too: it was there, and read.
    if (!this.tally && this.found) this.tally = new PartTally(this.entry.inputFilePath, this.found.entity, this.found.matchedBy);
  }

  /** Text to the CSV parser (null: its end), a row that never ends refused in words. */
  private async csvText(text: string | null): Promise<void> {
    try {
      await (text === null ? this.csv.end() : this.csv.write(text));
    } catch (error) {
      if (error instanceof RowTooLong) throw this.refuse(fileRefusals.rowTooLong(this.where, String(error.line), String(this.limits.maxRowChars)));
      throw error;
    }
  }

  private decoderFor(start: Uint8Array): TextDecoder {
    if (startsWith(start, UTF16_BOM)) return new TextDecoder('utf-16le');
    if (startsWith(start, UTF8_BOM)) return new TextDecoder('utf-8', { fatal: true });
    if (/unicode/i.test(this.entry.sourceFormat)) {
      throw this.refuse(`${this.where} should be CSV-Unicode (UTF-16 LE with a byte order mark), as the manifest says, but it is not.`);
    }
    return new TextDecoder('utf-8', { fatal: true });
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return this.decoder!.decode(bytes, { stream });
    } catch {
      // Not UTF-8: a non-Unicode CSV format writes the Windows code page; said in the report.
      if (this.decoder!.encoding !== 'utf-8') throw this.refuse(`${this.where} cannot be read as text in ${this.decoder!.encoding}.`);
      this.decoder = new TextDecoder('windows-1252');
      this.encoding = 'Read as Windows-1252: the file is not UTF-8 and has no byte order mark';
      this.tally?.note(this.encoding);
      return this.decoder.decode(bytes, { stream });
    }
  }

  private async readXml(): Promise<void> {
    const { rows, columns } = xmlDataRows(this.xml!, this.where, this.packageName);
    if (rows.length) await this.rows(rows, columns, (i) => rowPlaces.element(String(i + 1)));
  }
}

/** A package opened and checked before a row is read: its zip's directory, its manifest, each data file the manifest names there and in a format read here. */
export interface CheckedPackage {
  zip: ZipPackage;
  /** Each manifest entry with its data file's name in the zip. */
  files: { entry: ManifestEntry; path: string }[];
}

/**
 * Opens a data management package and checks all that can be checked without reading its data:
 * the Import screen checks a chosen .zip so before it says it is ready, and the import before it reads.
 */
export async function openDmfPackage(name: string, bytes: Uint8Array, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<CheckedPackage> {
  const zip = new ZipPackage(bytes, name, limits);
  const pathOf = new Map<string, string>();
  for (const { name: path } of zip.entries) {
    // Names that differ in case or slashes alone are the same file to the manifest.
    if (pathOf.has(normalizePath(path))) throw new ImportRefused(fileRefusals.entryTwice(name, path), name);
    pathOf.set(normalizePath(path), path);
  }
  const manifest = pathOf.get('manifest.xml');
  if (!manifest) throw new ImportRefused(`${name} is a .zip but not a data management package: it has no Manifest.xml.`, name);
  const entries = manifestEntries(decodeXml(await zip.file(manifest)), name);
  if (entries.length === 0) throw new ImportRefused(`${name}: Manifest.xml lists no entities.`, name);
  const files = entries.map((entry) => {
    const path = pathOf.get(normalizePath(entry.inputFilePath));
    if (!path) throw new ImportRefused(`${name}: the manifest names ${entry.inputFilePath}, but the package has no such file.`, name);
    checkFormat(entry, name);
    return { entry, path };
  });
  return { zip, files };
}

/** A data management package: the manifest decides which data file is which entity. */
export async function readDmfPackage(name: string, bytes: Uint8Array, collector: RowCollector, context: ReadContext): Promise<ImportedFile> {
  const { zip, files } = await openDmfPackage(name, bytes, collector.limits);
  const readers = new Map(files.map(({ entry, path }) => [path, new DataFileReader(entry, name, collector, context)]));
  await zip.stream((path) => readers.get(path), collector.pacer);
  const parts = [...readers.values()].flatMap((reader) => (reader.tally ? [reader.tally.finish(context.company)] : []));
  return { name, format: 'Data management package', parts };
}
