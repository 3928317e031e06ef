import Papa from 'papaparse';

/** Rows as lists of their cells, in the order of `columns` (the file's first line): no object is built per row. */
export type CsvRows = (rows: string[][], firstLine: number, columns: readonly string[]) => Promise<void>;

/** A row that has not ended within the most text one row may have: the line it started on. */
export class RowTooLong extends Error {
  constructor(readonly line: number) {
    super(`The row from line ${line} has no end.`);
  }
}

/**
 * A file without a header row (a Synapse Link partition) gives its columns, from its metadata;
 * a CDM partition may also name its delimiter, quote and escape characters.
 */
export interface CsvShape {
  columns?: readonly string[];
  delimiter?: string;
  quoteChar?: string;
  escapeChar?: string;
}

type Listener = (piece?: string) => void;

/**
 * A CSV text parsed as it arrives, a piece at a time. Papaparse reads it as the Node-style
 * readable this object pretends to be (its ReadableStreamStreamer keeps a row that one piece ends
 * in the middle of whole for the next); each piece's rows are handed on and awaited before the
 * next piece is taken, so a file's rows are never all in memory at once.
 */
export class CsvRowStream {
  readonly readable = true;
  private readonly listeners = new Map<string, Listener>();
  private parsed: string[][] = [];
  private columns: readonly string[] | null = null;
  private rowsBefore = 0;
  private failure: Error | null = null;
  /** The text given since the last row ended, as near as the pieces tell: what papaparse holds of a row not yet whole. */
  private unended = 0;
  /** Rows ended so far, the column names' included. */
  private ended = 0;

  /** maxRowChars: the most text a row may run to before it ends; past it the text is refused (RowTooLong), not held. */
  constructor(private readonly onRows: CsvRows, private readonly shape: CsvShape = {}, private readonly maxRowChars = Number.POSITIVE_INFINITY) {
    this.columns = shape.columns ?? null;
    Papa.parse<string[]>(this as unknown as NodeJS.ReadableStream, {
      ...(shape.delimiter ? { delimiter: shape.delimiter } : {}),
      ...(shape.quoteChar ? { quoteChar: shape.quoteChar } : {}),
      ...(shape.escapeChar ? { escapeChar: shape.escapeChar } : {}),
      // Rows as arrays, the first of them the column names: a row of a hundred columns is read
      // without an object of a hundred properties (what papaparse's header mode builds) per row.
      header: false,
      skipEmptyLines: true,
      chunk: (result) => {
        this.ended += result.data.length;
        for (const row of result.data) {
          if (this.columns === null) this.columns = row;
          else this.parsed.push(row);
        }
      },
      error: (error: Error) => {
        this.failure = error;
      },
      // Every row has been handed on by chunk.
      complete: () => undefined,
    });
  }

  /** How many rows there were, once the text has ended. */
  get rows(): number {
    return this.rowsBefore;
  }

  async write(piece: string): Promise<void> {
    if (piece) {
      const before = this.ended;
      this.listeners.get('data')?.(piece);
      // A row ended in this piece: what is held now starts after the last line break of it (or
      // earlier, inside quotes: then within one piece of it). None ended: the piece adds to it.
      this.unended = this.ended > before ? piece.length - piece.lastIndexOf('\n') - 1 : this.unended + piece.length;
      if (this.unended > this.maxRowChars) this.failure ??= new RowTooLong(this.rowsBefore + this.parsed.length + (this.shape.columns ? 1 : 2));
    }
    await this.handOn();
  }

  async end(): Promise<void> {
    this.listeners.get('end')?.();
    await this.handOn();
  }

  private async handOn(): Promise<void> {
    const rows = this.parsed;
    // The rows before a failure are handed on first: they were whole.
    if (!rows.length) {
      if (this.failure) throw this.failure;
      return;
    }
    this.parsed = [];
    // Line 1 is the field names, and the first row of data line 2; unless the file has no header.
    await this.onRows(rows, this.rowsBefore + (this.shape.columns ? 1 : 2), this.columns ?? []);
    this.rowsBefore += rows.length;
    if (this.failure) throw this.failure;
  }

  // What papaparse calls on a readable. It never needs to pause one: it is only given a piece once
  // the rows of the one before have been handed on.
  read(): void {}
  pause(): void {}
  resume(): void {}
  on(event: string, listener: Listener): this {
    this.listeners.set(event, listener);
    return this;
  }
  removeListener(event: string): this {
    this.listeners.delete(event);
    return this;
  }
}
