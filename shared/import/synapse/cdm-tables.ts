import type { z } from 'zod';
import { ImportRefused } from '../import-types';
import type { PatternDefinition } from './partition-patterns';

/**
 * How a partition's text is laid out: CDM's is.partition.format.CSV trait (its arguments
 * columnHeaders, delimiter, quoteStyle; the quote and escape a Business Central export writes), or
 * a model.json partition's CsvFormatSettings (columnHeaders, delimiter, quoteStyle, encoding),
 * which the object model turns into that trait (microsoft/CDM, Persistence/ModelJson/utils.ts).
 */
export interface PartitionFormat {
  columnHeaders: boolean;
  delimiter: string;
  quoteChar: string;
  escapeChar: string | null;
  encoding: string | null;
}

/**
 * Partitions as Synapse Link and Export to Data Lake write them: "Data files do not contain field
 * headers" (Microsoft Learn, "Data and metadata stored in Azure Data Lake"), comma separated, text
 * in double quotes, a quote in text doubled. Synapse Link's model.json names no format at all.
 */
export const HEADERLESS_CSV: PartitionFormat = { columnHeaders: false, delimiter: ',', quoteChar: '"', escapeChar: null, encoding: null };

/** Where a table's rows are, as its metadata says. */
export type PartitionSource =
  /** A file the metadata names (a model.json partition's location, a manifest's dataPartition). */
  | { kind: 'location'; location: string; format: PartitionFormat }
  | { kind: 'pattern'; name: string; pattern: PatternDefinition; format: PartitionFormat }
  /**
   * Synapse Link's model.json lists "partitions": [] and writes each table's rows to
   * <the model.json's folder>/<table>/*.csv (the CSV folders Microsoft's FastTrack scripts read as
   * BULK '*\/{tablename}\/*.csv'; "[timestamp-folder]/[TableName]/[filename].csv" in Estuary's
   * description of a real export).
   */
  | { kind: 'table folder'; format: PartitionFormat };

/** One table (a CDM entity) a model.json or manifest describes. */
export interface DescribedTable {
  /** As the metadata spells it: Synapse Link writes table names in lower case ("retailtransactiontable"). */
  name: string;
  /** Its attributes' names in order, the order of a headerless partition's cells; null when they cannot be known. */
  columns: readonly string[] | null;
  /** Why the columns cannot be known. */
  columnsProblem?: string;
  /** The path of the model.json or manifest that describes it. */
  document: string;
  sources: PartitionSource[];
  /** What its metadata says that an auditor should know (Synapse Link's initial sync not complete). */
  notes: string[];
}

/** What the metadata of a folder describes, and what the report says of it. */
export interface MetadataFindings {
  tables: DescribedTable[];
  notes: string[];
  /** Every file read as metadata (model.json, manifests, entity definitions). */
  documents: Set<string>;
}

/** A metadata file as JSON of its schema, or the import refused in words. */
export function parseDocument<T>(folderName: string, path: string, text: string, schema: z.ZodType<T>, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportRefused(`${folderName}: ${path} is not JSON, so the ${what} it should be cannot be read.`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportRefused(`${folderName}: ${path} is not a ${what}: ${issue.path.join('.') || 'the document'}: ${issue.message}.`);
  }
  return parsed.data;
}
