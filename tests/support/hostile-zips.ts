import { dmfPackage } from './import-fixtures';

/**
 * Where a zip keeps an entry, read from its central directory (PKWARE's APPNOTE 4.3), so a test
 * can damage the entry where it lies: its records' offsets, its data, what it declares.
 */
export interface EntryPlace {
  /** The central directory's record of it, and its local header. */
  central: number;
  local: number;
  dataOffset: number;
  compressedSize: number;
  size: number;
  crc: number;
}

export function zipEntryAt(zip: Uint8Array, name: string): EntryPlace {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const count = view.getUint16(end + 10, true);
  for (let i = 0, at = view.getUint32(end + 16, true); i < count; i++) {
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)) === name) {
      const local = view.getUint32(at + 42, true);
      return {
        central: at, local, dataOffset: local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true),
        compressedSize: view.getUint32(at + 20, true), size: view.getUint32(at + 24, true), crc: view.getUint32(at + 16, true),
      };
    }
    at = next;
  }
  throw new Error(`the zip has no ${name}`);
}

/** Sets what both of the zip's records of an entry declare of its inflated size: they agree with each other, not with the data. */
export function declareSize(zip: Uint8Array, name: string, size: number): void {
  const at = zipEntryAt(zip, name);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  view.setUint32(at.local + 22, size, true);
  view.setUint32(at.central + 24, size, true);
}

/**
 * A package of `rows` rows of which none can be stored (an amount that is no number), deflating
 * as an export does, not as a bomb: what the import reads longest before it refuses it all.
 */
export function badRowsPackage(rows: number): Uint8Array {
  const lines = Array.from({ length: rows }, (_, i) => `HOUSTON,HOUSTON-1,X-${i},bad${i % 997}`);
  const text = `OPERATINGUNITNUMBER,TERMINAL,TRANSACTIONNUMBER,GROSSAMOUNT\r\n${lines.join('\r\n')}\r\n`;
  return dmfPackage([{ entityName: 'Transactions', file: 't.csv', format: 'CSV', rows: [], bytes: new TextEncoder().encode(text) }]);
}
