import { CsvRowStream, type CsvRows } from '../csv-row-stream';
import { ImportRefused } from '../import-types';
import type { ZipFileReader } from '../zip-stream';
import type { PartitionFormat } from './cdm-tables';

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * One partition read as it arrives: its text decoded (UTF-8, as Synapse Link writes it; UTF-16 LE
 * where a byte order mark or the format's encoding says so), its rows parsed a piece at a time in
 * its format, without a header row unless the format says it has one (then the row names the
 * columns), and handed to `onRows` with their line numbers.
 */
export class PartitionReader implements ZipFileReader {
  private decoder: TextDecoder | null = null;
  private head = new Uint8Array(0);
  private readonly csv: CsvRowStream;

  constructor(private readonly where: string, private readonly format: PartitionFormat, columns: readonly string[] | null, onRows: CsvRows) {
    this.csv = new CsvRowStream(onRows, {
      ...(format.columnHeaders ? {} : { columns: columns ?? [] }),
      delimiter: format.delimiter, quoteChar: format.quoteChar, ...(format.escapeChar ? { escapeChar: format.escapeChar } : {}),
    });
  }

  async data(piece: Uint8Array): Promise<void> {
    if (this.decoder) return this.csv.write(this.decode(piece, true));
    // The first bytes say the encoding: held until there are enough of them.
    this.head = new Uint8Array([...this.head, ...piece]);
    if (this.head.byteLength >= 3) await this.start();
  }

  async end(): Promise<void> {
    if (!this.decoder) await this.start();
    await this.csv.write(this.decode(new Uint8Array(0), false));
    await this.csv.end();
  }

  private async start(): Promise<void> {
    const utf16 = startsWith(this.head, [0xff, 0xfe]) || /^(utf-?16|unicode)/i.test(this.format.encoding ?? '');
    this.decoder = new TextDecoder(utf16 ? 'utf-16le' : 'utf-8', { fatal: true });
    await this.csv.write(this.decode(this.head, true));
  }

  private decode(bytes: Uint8Array, stream: boolean): string {
    try {
      return this.decoder!.decode(bytes, { stream });
    } catch {
      throw new ImportRefused(`${this.where} cannot be read as ${this.decoder!.encoding} text: Synapse Link and Data Lake exports write UTF-8.`);
    }
  }
}
