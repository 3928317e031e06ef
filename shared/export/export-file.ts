/** A value in one cell of an exported table. */
export type CellValue = string | number | boolean | null;

/** One column of an exported table: its heading (the label the UI shows) and how a row fills it. */
export interface ExportColumn<R> {
  heading: string;
  value: (row: R) => CellValue;
}

/**
 * A finished export: the file's name and type, its text in pieces, and how many rows it holds.
 * The text stays in pieces so a large export is never one huge string; a Blob joins them and
 * encodes them as UTF-8.
 */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  parts: string[];
  count: number;
}

/** What a long export reports as it goes, and how it is stopped. */
export interface ExportOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  /** The export's time: in the file's name (local date) and in a JSON file's envelope. */
  now?: Date;
}

export const CSV_MIME = 'text/csv;charset=utf-8';
export const JSON_MIME = 'application/json;charset=utf-8';

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The local calendar date, as people name their files ("2026-11-23"). */
export const localDate = (at: Date): string => `${at.getFullYear()}-${twoDigits(at.getMonth() + 1)}-${twoDigits(at.getDate())}`;

/**
 * Lower case words joined by hyphens, safe in a file name on every system ("Demo HQ (USRT)" →
 * "demo-hq-usrt"). Letters stay as they are: a Norwegian workspace keeps its "ø".
 */
export function slug(text: string): string {
  const words = text.normalize('NFC').toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words?.join('-').slice(0, 80).replace(/-+$/, '') || 'export';
}

/** A file named after the list and the date: "online-store-transactions-2026-11-23.csv". */
export const exportFileName = (list: string, at: Date, extension: 'csv' | 'json'): string => `${slug(list)}-${localDate(at)}.${extension}`;

/** An ISO time in UTC as Excel reads it as a date and time ("2026-11-21 09:00:01"); empty stays empty. */
export function utcDateTime(iso: string | null): string | null {
  if (!iso) return null;
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toISOString().slice(0, 19).replace('T', ' ');
}

/** Seconds since midnight (transTime) as a time of day ("14:05:09"). */
export function timeOfDay(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds)) return null;
  return [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map(twoDigits).join(':');
}

export const yesNo = (value: boolean | null): string | null => (value === null ? null : value ? 'Yes' : 'No');

/** Stops the export between chunks when asked to: the file is then not produced at all. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  signal?.throwIfAborted();
}
