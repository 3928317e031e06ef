import Papa from 'papaparse';
import type { CellValue, ExportColumn } from './export-file';

/**
 * Excel opens a CSV file as UTF-8 only when it starts with a byte order mark; without it, æøå
 * come out as mojibake in the ANSI code page.
 */
export const UTF8_BOM = '\uFEFF';
const CRLF = '\r\n';

/**
 * A cell that starts like a formula (=, +, @, a tab or return, or a minus that does not begin a
 * plain number) is prefixed with an apostrophe by Papa, so a value a channel or a person typed
 * can never run as a formula when the file is opened in Excel. Negative amounts and quantities
 * ("-3", "-49.5") stay numbers. The JSON export carries every value exactly.
 */
const FORMULA_START = /^(?:[=+@\t\r]|-(?!\d+(?:\.\d+)?$))/;

const unparseOptions = { newline: CRLF, escapeFormulae: FORMULA_START } as const;

/**
 * A CSV file built a chunk of rows at a time. Papa.unparse does all quoting (commas, quotes,
 * line breaks inside a value); each chunk ends with CRLF, so the pieces join into one file.
 */
export class CsvWriter<R> {
  readonly parts: string[];
  count = 0;

  constructor(private readonly columns: readonly ExportColumn<R>[]) {
    this.parts = [UTF8_BOM + Papa.unparse([columns.map((c) => c.heading)], unparseOptions) + CRLF];
  }

  add(rows: readonly R[]): void {
    if (rows.length === 0) return;
    const data: CellValue[][] = rows.map((row) => this.columns.map((c) => c.value(row)));
    this.parts.push(Papa.unparse({ fields: [], data }, { ...unparseOptions, header: false }) + CRLF);
    this.count += rows.length;
  }

  text(): string {
    return this.parts.join('');
  }
}

/** A whole table as CSV text, BOM first. */
export function toCsv<R>(columns: readonly ExportColumn<R>[], rows: readonly R[]): string {
  const writer = new CsvWriter(columns);
  writer.add(rows);
  return writer.text();
}
