import { HEADERLESS_CSV, type PartitionFormat } from './cdm-tables';

const text = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' ? String(value) : null);

/**
 * A partition's layout from the arguments of its is.partition.format.CSV trait, or the fields of a
 * model.json partition's CsvFormatSettings (the same names): columnHeaders ("true" if the first row
 * names the columns), delimiter, quoteStyle ("QuoteStyle.Csv", text in quotes, the default, or
 * "QuoteStyle.None"), encoding; and quote and escape, which Business Central's lake export writes
 * beside them. What is not said is as Synapse Link writes it (HEADERLESS_CSV).
 */
export function formatFromArguments(args: ReadonlyMap<string, unknown>): PartitionFormat {
  const headers = text(args.get('columnheaders'));
  const delimiter = text(args.get('delimiter'));
  const quote = text(args.get('quote'));
  const quoteStyle = text(args.get('quotestyle'));
  const escape = text(args.get('escape'));
  return {
    columnHeaders: headers === null ? HEADERLESS_CSV.columnHeaders : headers.trim().toLowerCase() === 'true',
    // A tab may come escaped in the text of the argument ("\t").
    delimiter: delimiter ? delimiter.replace(/^\\t$/, '\t') : HEADERLESS_CSV.delimiter,
    // Text without quotes: a character no export writes stands for the quote, so none is one.
    quoteChar: /none/i.test(quoteStyle ?? '') ? '\u0000' : quote && quote.length === 1 ? quote : HEADERLESS_CSV.quoteChar,
    escapeChar: escape && escape.length === 1 ? escape : HEADERLESS_CSV.escapeChar,
    encoding: text(args.get('encoding')),
  };
}

/** An object's fields by their names in lower case. */
export const fieldsOf = (object: Readonly<Record<string, unknown>> | undefined): Map<string, unknown> =>
  new Map(Object.entries(object ?? {}).map(([name, value]) => [name.toLowerCase(), value]));

/**
 * The arguments of the is.partition.format.CSV trait among `traits` (a manifest's exhibitsTraits:
 * a trait is its name alone, or { traitReference, arguments: [{ name, value }] }); null when the
 * trait is not there.
 */
export function csvTraitArguments(traits: readonly unknown[] | undefined): Map<string, unknown> | null {
  for (const trait of traits ?? []) {
    if (typeof trait !== 'object' || trait === null) continue;
    const { traitReference, arguments: args } = trait as Record<string, unknown>;
    const name = typeof traitReference === 'string' ? traitReference : text((traitReference as Record<string, unknown> | null)?.traitName);
    if (name?.toLowerCase() !== 'is.partition.format.csv') continue;
    const named = new Map<string, unknown>();
    for (const arg of Array.isArray(args) ? args : []) {
      if (typeof arg === 'object' && arg !== null && typeof (arg as Record<string, unknown>).name === 'string') {
        named.set(((arg as Record<string, unknown>).name as string).toLowerCase(), (arg as Record<string, unknown>).value);
      }
    }
    return named;
  }
  return null;
}
