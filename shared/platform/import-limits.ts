/**
 * How far a file may go before the import refuses it as no export HQ wrote: a damaged or hostile
 * file stops as soon as it crosses one, in words, before it costs memory or minutes. Each is far
 * above what a real export reaches, measured on the bench's package as HQ writes it (CSV-Unicode,
 * every field of Transactions and Sales transactions V2: 20,000 transactions and 50,010 lines are
 * a 1.8 MB zip of 73 MB of text, 27 compressed bytes a row; rows of 1,429 and 1,809 characters,
 * 81 and 105 columns, no value longer than 38 characters), and on the package HQ exported in
 * Microsoft's DataPackageHandler sample. A file is at most 100 MB as it is chosen
 * (MAX_IMPORT_FILE_BYTES), so a package as HQ writes it holds at most about 3.8 million rows.
 */
export interface ImportLimits {
  /**
   * How many times its compressed size an entry may inflate to. HQ's CSV deflates about 40 to 1
   * (73 MB in 1.8 MB); deflate itself reaches 1,032 to 1 only on repeated bytes, which is what a
   * zip bomb is (a 1.1 MB zip inflating to a 1 GB cell, a 3.3 MB one to a billion rows).
   */
  maxRatio: number;
  /** Below this inflated size an entry is not held to the ratio: a small file of like rows deflates well and costs nothing. */
  ratioFloorBytes: number;
  /** All the entries of one package read, inflated: twice what a 100 MB package inflates to at HQ's ratio. */
  maxInflatedBytes: number;
  /**
   * An XML data file is read whole (fast-xml-parser builds it as one tree, a few times its size
   * in memory, and the worker answers nothing while it does), so it is held much lower; a larger
   * entity is exported as CSV-Unicode, which is streamed.
   */
  maxXmlBytes: number;
  /** Manifest.xml, read whole: HQ's lists each entity with an EntityMap a column, a few kilobytes an entity. */
  maxManifestBytes: number;
  /** Entries in a zip: a package holds its manifest, its header and one data file an entity. */
  maxZipEntries: number;
  /** Columns of a data file, properties of a JSON row: the widest public entity has fewer than 150. */
  maxColumns: number;
  /** Rows of one data file or page: 2.5 times the 3.8 million a 100 MB package holds. */
  maxRowsPerFile: number;
  /**
   * The text of one row not yet parsed: what the CSV parser may hold while it waits for the
   * row's end. A row HQ writes is under 2,000 characters; this is what keeps a 1 GB cell out of memory.
   */
  maxRowChars: number;
  /** One value: HQ's longest text fields (a memo, an order's error detail) stay well under it; a longer value refuses its row. */
  maxCellChars: number;
  /**
   * Refusals (and warnings) the report keeps in full, each with its place; the rest are counted
   * by file, field and reason. The report lives in the workspace registry and is shown whole.
   */
  keptRefusals: number;
}

const MB = 1024 * 1024;

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxRatio: 200,
  ratioFloorBytes: 1 * MB,
  maxInflatedBytes: 8 * 1024 * MB,
  maxXmlBytes: 32 * MB,
  maxManifestBytes: 16 * MB,
  maxZipEntries: 10_000,
  maxColumns: 1_000,
  maxRowsPerFile: 10_000_000,
  maxRowChars: 1_000_000,
  maxCellChars: 100_000,
  keptRefusals: 5_000,
};

/** The limits, some lowered (tests build small hostile files that cross them). */
export const importLimits = (lowered: Partial<ImportLimits> = {}): ImportLimits => ({ ...DEFAULT_IMPORT_LIMITS, ...lowered });
