import { Unzip, UnzipInflate, unzipSync } from 'fflate';
import { ImportRefused } from './import-types';

/**
 * How much of the zip is inflated at a time: its decompressed pieces are handed on before the
 * next. Exported CSV deflates 10 to 30 times, so a slice becomes a few hundred kilobytes of text.
 */
export const SLICE_BYTES = 1 << 14;

export interface ZipFileReader {
  data(piece: Uint8Array): Promise<void>;
  end(): Promise<void>;
}

const damaged = (zipName: string) => new ImportRefused(`${zipName} is a damaged or incomplete .zip: it cannot be opened. Export the package again.`);

/** The names of the files in a zip, from its central directory (so a truncated zip is refused here, before anything is read). */
export function zipFileNames(bytes: Uint8Array, zipName: string): string[] {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    throw damaged(zipName);
  }
  return names;
}

/** One small file of the zip (a manifest), decompressed whole. */
export function zipFile(bytes: Uint8Array, zipName: string, name: string): Uint8Array {
  try {
    const file = unzipSync(bytes, { filter: (f) => f.name === name })[name];
    if (file) return file;
  } catch {
    // Reported below, as every other damage is.
  }
  throw damaged(zipName);
}

/**
 * Streams the files `readerOf` wants out of the zip, in the order the zip holds them: a slice of
 * the zip is inflated, its pieces are awaited by their reader, and only then the next slice. At
 * no time is more than a slice's worth of decompressed data held, whatever the size of the files.
 */
export async function streamZipFiles(bytes: Uint8Array, zipName: string, readerOf: (name: string) => ZipFileReader | undefined): Promise<void> {
  const pending: { reader: ZipFileReader; piece: Uint8Array; final: boolean }[] = [];
  let failed = false;
  const unzip = new Unzip((file) => {
    const reader = readerOf(file.name);
    if (!reader) return;
    file.ondata = (error, piece, final) => {
      if (error) failed = true;
      else pending.push({ reader, piece, final });
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let offset = 0; offset < bytes.byteLength; offset += SLICE_BYTES) {
    try {
      unzip.push(bytes.subarray(offset, offset + SLICE_BYTES), offset + SLICE_BYTES >= bytes.byteLength);
    } catch {
      failed = true;
    }
    if (failed) throw damaged(zipName);
    for (let next = pending.shift(); next; next = pending.shift()) {
      if (next.piece.byteLength) await next.reader.data(next.piece);
      if (next.final) await next.reader.end();
    }
  }
}
