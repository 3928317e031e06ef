import type { MessageCatalog } from '../platform/message-catalog';

/**
 * What the import says in English (the report it keeps, the refusal the worker sends), each made
 * from its values; the UI says the same in the user's language through matchMessage
 * (renderer/screens/import/import-text.ts). Numbers are written as plain digits, sizes in MB.
 */

/** Why a whole file is refused: a damaged zip, or one that crosses a limit of import-limits.ts. Nothing is imported. */
export const fileRefusals = {
  notAnExport: (file: string) => `${file} is not an export: its content is neither a .zip nor JSON, whatever its name says.`,
  damagedZip: (file: string) => `${file} is a damaged or incomplete .zip: it cannot be opened. Export the package again.`,
  checksumMismatch: (file: string, entry: string) =>
    `${file} is damaged: the data of ${entry} does not match its CRC-32 checksum, so its values cannot be trusted. Nothing was imported: export the package again.`,
  sizeMismatch: (file: string, entry: string) =>
    `${file} is damaged: ${entry} is not the size the zip says it is. Nothing was imported: export the package again.`,
  cannotInflate: (file: string, entry: string) =>
    `${file} is damaged: ${entry} cannot be inflated, its compressed data is broken. Nothing was imported: export the package again.`,
  headersDisagree: (file: string, entry: string) =>
    `${file} is damaged: the zip's two records of ${entry} (its local header and its central directory) do not agree. Nothing was imported: export the package again.`,
  entryOutside: (file: string, entry: string) =>
    `${file} is damaged: ${entry} lies outside the zip, which is cut short. Nothing was imported: export the package again.`,
  entriesOverlap: (file: string, entry: string, other: string) =>
    `${file} is not a package HQ wrote: its entries ${entry} and ${other} are made of the same bytes. Nothing was imported.`,
  entryTwice: (file: string, entry: string) => `${file} is not a package HQ wrote: it holds ${entry} twice. Nothing was imported.`,
  encrypted: (file: string, entry: string) => `${file}: ${entry} is encrypted, and HQ's packages are not. Nothing was imported: export the package again.`,
  unknownMethod: (file: string, entry: string, method: string) =>
    `${file}: ${entry} is compressed by method ${method}; HQ's packages are deflated. Nothing was imported: export the package again.`,
  tooManyEntries: (file: string, entries: string, max: string) =>
    `${file} holds ${entries} entries; a package holds its manifest and a file an entity, and Sync Console reads at most ${max}. Nothing was imported.`,
  ratioTooHigh: (file: string, entry: string, ratio: string, max: string) =>
    `${file}: ${entry} would inflate to ${ratio} times its compressed size; HQ's exports inflate about 40 times, and Sync Console reads up to ${max}. It was not inflated (it may be a zip bomb): nothing was imported.`,
  inflatesTooLarge: (file: string, size: string, max: string) =>
    `${file} inflates to ${size}; Sync Console reads packages that inflate to ${max} at most. Nothing was imported: export fewer rows a package.`,
  xmlTooLarge: (file: string, entry: string, size: string, max: string) =>
    `${file}: ${entry} is an XML data file of ${size}, read whole, and Sync Console reads XML data files of up to ${max}. Nothing was imported: export the entity as CSV-Unicode, which is read as a stream.`,
  manifestTooLarge: (file: string, size: string, max: string) =>
    `${file}: its Manifest.xml is ${size}; a manifest HQ writes is a few kilobytes an entity, and Sync Console reads up to ${max}. Nothing was imported.`,
  tooManyColumns: (where: string, columns: string, max: string) =>
    `${where} has ${columns} columns; an entity HQ exports has fewer than 150, and Sync Console reads up to ${max}. Nothing was imported.`,
  tooManyRows: (where: string, max: string) =>
    `${where} has more than ${max} rows; a 100 MB export holds about 4 million. Nothing was imported: export fewer rows a file.`,
  rowTooLong: (where: string, line: string, max: string) =>
    `${where}: the row from line ${line} runs past ${max} characters without ending; a row HQ writes is under 2000. Nothing was imported.`,
} satisfies MessageCatalog;

/** Why one row is refused, new with the limits and the JSON types: the property or column as the file names it. */
export const rowRefusals = {
  aList: (column: string, value: string) => `${column} is a list (${value}) where one value belongs`,
  anObject: (column: string, value: string) => `${column} is an object (${value}) where one value belongs`,
  aNumber: (column: string, value: string) => `${column} is a number (${value}) where text belongs`,
  aBoolean: (column: string, value: string) => `${column} is true or false (${value}) where text belongs`,
  controlCharacter: (column: string, codePoint: string) => `${column} holds a control character (${codePoint}), which no key HQ writes has`,
  tooLong: (column: string, length: string, max: string) => `${column} is ${length} characters long; Sync Console reads values of up to ${max}`,
  notRows: (column: string) => `${column} is not a list of rows, so the lines under it cannot be read`,
} satisfies MessageCatalog;

/** Where a row was: a CSV line (the header is line 1), an XML element, a row of an OData page, a line nested under one; all counted from 1. */
export const rowPlaces = {
  line: (line: string) => `line ${line}`,
  element: (element: string) => `element ${element}`,
  pageRow: (row: string) => `row ${row} of the page`,
  nestedRow: (row: string, property: string, line: string) => `row ${row} of the page, ${property} row ${line}`,
} satisfies MessageCatalog;

const KB = 1024;
const MB = KB * KB;

/** A size as the messages give it: "812 KB", "32 MB", "1.1 GB". */
export function sizeText(bytes: number): string {
  if (bytes < MB) return `${Math.max(1, Math.ceil(bytes / KB))} KB`;
  if (bytes < KB * MB) return `${Math.round(bytes / MB)} MB`;
  return `${(bytes / (KB * MB)).toFixed(1)} GB`;
}
