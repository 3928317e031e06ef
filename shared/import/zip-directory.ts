import { fileRefusals } from './import-messages';
import { ImportRefused } from './import-types';

/**
 * What a zip says of each of its entries, read from its central directory (PKWARE's APPNOTE 4.3)
 * and checked against each entry's local header: fflate inflates an entry but hands out neither
 * its CRC-32 nor where its bytes lie, and those are what tell a damaged or hostile zip from a
 * whole one before anything is inflated. Only these fixed-place numbers are read here; the
 * inflating is fflate's.
 */
export interface ZipEntry {
  name: string;
  /** The CRC-32 of the inflated data, as an unsigned number. */
  crc: number;
  compressedSize: number;
  size: number;
  /** 0 stored, 8 deflated (the only two HQ's packages use). */
  method: number;
  /** Where its compressed data starts, past its local header. */
  dataOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;
const MAX_COMMENT = 0xffff;
const FLAG_ENCRYPTED = 1;
const FLAG_DESCRIPTOR = 1 << 3;
const FLAG_UTF8 = 1 << 11;
const ZIP64_EXTRA = 0x0001;
const FULL32 = 0xffffffff;

class Reader {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  has = (at: number, length: number) => at >= 0 && at + length <= this.bytes.byteLength;
  u16 = (at: number) => this.view.getUint16(at, true);
  u32 = (at: number) => this.view.getUint32(at, true);
  u64 = (at: number) => Number(this.view.getBigUint64(at, true));
}

interface Central {
  name: string;
  rawName: Uint8Array;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  zip64: boolean;
}

/** The end of central directory record: where the directory is and how many entries it lists (zip64's when the numbers overflow). */
function directoryOf(r: Reader, damaged: () => ImportRefused): { offset: number; count: number } {
  let at = r.bytes.byteLength - 22;
  const last = Math.max(0, at - MAX_COMMENT);
  while (at >= last && !(r.has(at, 22) && r.u32(at) === EOCD)) at -= 1;
  if (at < last) throw damaged();
  let count = r.u16(at + 10);
  let offset = r.u32(at + 16);
  if (count === 0xffff || offset === FULL32) {
    const locator = at - 20;
    if (!r.has(locator, 20) || r.u32(locator) !== ZIP64_LOCATOR) throw damaged();
    const end = r.u64(locator + 8);
    if (!r.has(end, 56) || r.u32(end) !== ZIP64_EOCD) throw damaged();
    count = r.u64(end + 32);
    offset = r.u64(end + 48);
  }
  return { offset, count };
}

/** The sizes and offset a zip64 extra field gives where the 32-bit ones are full. */
function zip64Values(r: Reader, extraAt: number, extraLength: number, central: Central): void {
  for (let at = extraAt; at + 4 <= extraAt + extraLength;) {
    const id = r.u16(at);
    const length = r.u16(at + 2);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      const next = () => {
        const value = r.has(field, 8) && field + 8 <= at + 4 + length ? r.u64(field) : Number.NaN;
        field += 8;
        return value;
      };
      central.zip64 = true;
      if (central.size === FULL32) central.size = next();
      if (central.compressedSize === FULL32) central.compressedSize = next();
      if (central.localOffset === FULL32) central.localOffset = next();
      return;
    }
    at += 4 + length;
  }
}

const decodeName = (raw: Uint8Array, flags: number) => new TextDecoder(flags & FLAG_UTF8 ? 'utf-8' : 'latin1').decode(raw);
const sameBytes = (a: Uint8Array, b: Uint8Array) => a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);

/**
 * Every entry of the zip, in the order its data lies, each checked: its local header is where the
 * directory says and agrees with it (name, CRC-32, sizes; or, for an entry written as a stream,
 * its data descriptor does), its data lies inside the zip, no two entries share bytes, no name
 * comes twice, none is encrypted. Anything else is refused, naming the zip and the entry.
 */
export function readZipDirectory(bytes: Uint8Array, zipName: string, maxEntries: number): ZipEntry[] {
  const r = new Reader(bytes);
  const damaged = () => new ImportRefused(fileRefusals.damagedZip(zipName), zipName);
  const refuse = (message: string) => new ImportRefused(message, zipName);
  const { offset, count } = directoryOf(r, damaged);
  if (count > maxEntries) throw refuse(fileRefusals.tooManyEntries(zipName, String(count), String(maxEntries)));
  const centrals: Central[] = [];
  for (let i = 0, at = offset; i < count; i++) {
    if (!r.has(at, 46) || r.u32(at) !== CENTRAL) throw damaged();
    const nameLength = r.u16(at + 28);
    const extraLength = r.u16(at + 30);
    const commentLength = r.u16(at + 32);
    if (!r.has(at + 46, nameLength + extraLength + commentLength)) throw damaged();
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    const flags = r.u16(at + 8);
    const central: Central = {
      name: decodeName(rawName, flags), rawName, flags, method: r.u16(at + 10), crc: r.u32(at + 16),
      compressedSize: r.u32(at + 20), size: r.u32(at + 24), localOffset: r.u32(at + 42), zip64: false,
    };
    zip64Values(r, at + 46 + nameLength, extraLength, central);
    centrals.push(central);
    at += 46 + nameLength + extraLength + commentLength;
  }
  const names = new Set<string>();
  for (const c of centrals) {
    if (names.has(c.name)) throw refuse(fileRefusals.entryTwice(zipName, c.name));
    names.add(c.name);
  }
  const entries = centrals.map((c) => checkedEntry(r, c, zipName));
  // In the order their data lies: each must end before the next begins.
  const byPlace = entries.map((entry, i) => ({ entry, start: centrals[i]!.localOffset, end: entry.dataOffset + entry.compressedSize }))
    .sort((a, b) => a.start - b.start);
  for (let i = 1; i < byPlace.length; i++) {
    if (byPlace[i]!.start < byPlace[i - 1]!.end) throw refuse(fileRefusals.entriesOverlap(zipName, byPlace[i - 1]!.entry.name, byPlace[i]!.entry.name));
  }
  return byPlace.map((p) => p.entry);
}

/** One entry, its local header (and data descriptor) checked against what the central directory says of it. */
function checkedEntry(r: Reader, c: Central, zipName: string): ZipEntry {
  const refuse = (message: string) => new ImportRefused(message, zipName);
  if (c.flags & FLAG_ENCRYPTED) throw refuse(fileRefusals.encrypted(zipName, c.name));
  if (c.method !== 0 && c.method !== 8) throw refuse(fileRefusals.unknownMethod(zipName, c.name, String(c.method)));
  const local = c.localOffset;
  if (!Number.isSafeInteger(c.size) || !Number.isSafeInteger(c.compressedSize) || !r.has(local, 30) || r.u32(local) !== LOCAL) {
    throw refuse(fileRefusals.entryOutside(zipName, c.name));
  }
  const nameLength = r.u16(local + 26);
  const dataOffset = local + 30 + nameLength + r.u16(local + 28);
  if (!r.has(dataOffset, c.compressedSize)) throw refuse(fileRefusals.entryOutside(zipName, c.name));
  const flags = r.u16(local + 6);
  const agrees = sameBytes(r.bytes.subarray(local + 30, local + 30 + nameLength), c.rawName) && r.u16(local + 8) === c.method
    && (flags & FLAG_DESCRIPTOR ? descriptorAgrees(r, dataOffset + c.compressedSize, c) : localSizesAgree(r, local, c));
  if (!agrees) throw refuse(fileRefusals.headersDisagree(zipName, c.name));
  return { name: c.name, crc: c.crc, compressedSize: c.compressedSize, size: c.size, method: c.method, dataOffset };
}

/** A local header's CRC-32 and sizes (its zip64 extra field's, where they are full) are the directory's. */
function localSizesAgree(r: Reader, local: number, c: Central): boolean {
  if (r.u32(local + 14) !== c.crc) return false;
  const sizes = { ...c, size: r.u32(local + 22), compressedSize: r.u32(local + 18), localOffset: 0 };
  zip64Values(r, local + 30 + r.u16(local + 26), r.u16(local + 28), sizes);
  return sizes.size === c.size && sizes.compressedSize === c.compressedSize;
}

/** The data descriptor after an entry written as a stream (its signature optional): CRC-32, then both sizes, 8 bytes each in zip64. */
function descriptorAgrees(r: Reader, at: number, c: Central): boolean {
  const start = r.has(at, 4) && r.u32(at) === DESCRIPTOR && r.u32(at + 4) === c.crc ? at + 4 : at;
  const wide = c.zip64 ? 8 : 4;
  if (!r.has(start, 4 + 2 * wide) || r.u32(start) !== c.crc) return false;
  const read = wide === 8 ? r.u64 : r.u32;
  return read(start + 4) === c.compressedSize && read(start + 4 + wide) === c.size;
}
