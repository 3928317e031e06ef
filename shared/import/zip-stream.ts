import { Inflate } from 'fflate';
import crc32 from 'crc/calculators/crc32';
import type { Pacer } from '../platform/pacer';
import type { ImportLimits } from '../platform/import-limits';
import { fileRefusals, sizeText } from './import-messages';
import { ImportRefused } from './import-types';
import { readZipDirectory, type ZipEntry } from './zip-directory';

/**
 * How much of an entry's compressed data is inflated at a time: its decompressed pieces are
 * handed on before the next. Exported CSV deflates 10 to 40 times, so a slice becomes a few
 * hundred kilobytes of text; at deflate's utmost, 1,032 times, 16 MB.
 */
export const SLICE_BYTES = 1 << 14;

export interface ZipFileReader {
  data(piece: Uint8Array): Promise<void>;
  end(): Promise<void>;
  /** For a file read whole (an XML data file): the most it may inflate to, and what is said of one larger. */
  readonly whole?: { maxBytes: number; refusal: (size: string, max: string) => string };
}

/**
 * A zip as the import reads it: its directory checked first (zip-directory.ts), then each entry
 * wanted inflated with fflate a slice at a time, its size counted and its CRC-32 computed as it
 * goes, and both compared with what the zip declares. What an entry declares is held to the
 * limits before a byte of it is inflated, and it is never inflated past what it declared, so a
 * zip bomb is refused at once, whatever its entries say.
 */
export class ZipPackage {
  readonly entries: readonly ZipEntry[];

  constructor(private readonly bytes: Uint8Array, readonly name: string, private readonly limits: ImportLimits) {
    this.entries = readZipDirectory(bytes, name, limits.maxZipEntries);
  }

  private refuse(message: string): ImportRefused {
    return new ImportRefused(message, this.name);
  }

  /** A bomb is refused by what it declares: more than the ratio allows, past the floor below which an entry costs nothing. */
  private checkRatio(entry: ZipEntry): void {
    const { maxRatio, ratioFloorBytes } = this.limits;
    if (entry.size > ratioFloorBytes && entry.size > entry.compressedSize * maxRatio) {
      throw this.refuse(fileRefusals.ratioTooHigh(this.name, entry.name, String(Math.round(entry.size / Math.max(1, entry.compressedSize))), String(maxRatio)));
    }
  }

  /** One small file (Manifest.xml), inflated whole. */
  async file(name: string): Promise<Uint8Array> {
    const entry = this.entries.find((e) => e.name === name)!;
    this.checkRatio(entry);
    const max = this.limits.maxManifestBytes;
    if (entry.size > max) throw this.refuse(fileRefusals.manifestTooLarge(this.name, sizeText(entry.size), sizeText(max)));
    const whole = new Uint8Array(entry.size);
    let at = 0;
    await this.inflate(entry, {
      data: async (piece) => {
        whole.set(piece, at);
        at += piece.byteLength;
      },
      end: async () => undefined,
    });
    return whole;
  }

  /**
   * Streams the entries `readerOf` wants, in the order the zip holds them: a slice of an entry is
   * inflated, its pieces are awaited by their reader, and only then the next slice. At no time is
   * more than a slice's worth of decompressed data held, whatever the size of the files.
   */
  async stream(readerOf: (name: string) => ZipFileReader | undefined, pacer?: Pacer): Promise<void> {
    const wanted = this.entries.flatMap((entry) => {
      const reader = readerOf(entry.name);
      return reader ? [{ entry, reader }] : [];
    });
    let total = 0;
    for (const { entry, reader } of wanted) {
      this.checkRatio(entry);
      if (reader.whole && entry.size > reader.whole.maxBytes) throw this.refuse(reader.whole.refusal(sizeText(entry.size), sizeText(reader.whole.maxBytes)));
      total += entry.size;
    }
    if (total > this.limits.maxInflatedBytes) throw this.refuse(fileRefusals.inflatesTooLarge(this.name, sizeText(total), sizeText(this.limits.maxInflatedBytes)));
    for (const { entry, reader } of wanted) await this.inflate(entry, reader, pacer);
  }

  /** One entry, inflated a slice at a time: never past the size it declared, and its size and CRC-32 checked at its end. */
  private async inflate(entry: ZipEntry, reader: ZipFileReader, pacer?: Pacer): Promise<void> {
    let size = 0;
    let crc: number | undefined;
    let pieces: Uint8Array[] = [];
    const take = (piece: Uint8Array) => {
      if (piece.byteLength === 0) return;
      size += piece.byteLength;
      if (size > entry.size) throw this.refuse(fileRefusals.sizeMismatch(this.name, entry.name));
      crc = crc32(piece, crc);
      pieces.push(piece);
    };
    const inflater = entry.method === 8 ? new Inflate((piece) => take(piece)) : null;
    const data = this.bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
    for (let at = 0; at === 0 || at < data.byteLength; at += SLICE_BYTES) {
      const slice = data.subarray(at, at + SLICE_BYTES);
      try {
        if (inflater) inflater.push(slice, at + SLICE_BYTES >= data.byteLength);
        else take(slice);
      } catch (error) {
        throw error instanceof ImportRefused ? error : this.refuse(fileRefusals.cannotInflate(this.name, entry.name));
      }
      for (const piece of pieces) await reader.data(piece);
      pieces = [];
      await pacer?.pace();
    }
    if (size !== entry.size) throw this.refuse(fileRefusals.sizeMismatch(this.name, entry.name));
    // crc32 answers a signed number; the zip keeps it unsigned. No data at all has the CRC-32 0.
    // (crc takes a running value of 0 for the start: one a piece in 4 billion would be misread, and refused.)
    if (((crc ?? 0) >>> 0) !== entry.crc) throw this.refuse(fileRefusals.checksumMismatch(this.name, entry.name));
    await reader.end();
  }
}
