import { readDmfPackage } from './read-dmf';
import { parseODataPage, readODataPage, rowsOfPage, setOfContext } from './read-odata';
import { ImportIncomplete, ImportRefused, MAX_IMPORT_FILE_BYTES, type ImportBatch, type ImportReport, type ImportSource } from './import-types';
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions } from './import-options';
import { checkChains, type ChainCheck, type PageEnvelope } from './odata-chains';
import { RowCollector, type CollectorOptions } from './row-collector';
import { DEFAULT_IMPORT_LIMITS } from '../platform/import-limits';
import { digestOf } from './content-hash';
import { contentKind } from './chosen-file-check';
import { splitSynapseSources } from './synapse/synapse-folder';
import { planSynapseFolder } from './synapse/synapse-plan';
import { readSynapseFolder } from './synapse/read-synapse';

const isZip = (bytes: Uint8Array) => contentKind(bytes.subarray(0, 4)) === 'zip';
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** JSON from a file: UTF-8 (with or without a byte order mark) or UTF-16 LE with one, as Windows tools save it. */
function decodeJson(source: ImportSource): string {
  const { bytes } = source;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportRefused(`${source.name} is not an OData JSON page or a data management package: it is neither UTF-8 text nor a .zip.`, source.name);
  }
}

/**
 * The OData pages' envelopes, before any row is read: which set each is of, where its nextLink
 * leads, its rows; so a gap in a chain is known, and said, before anything is imported.
 */
export async function checkODataPages(sources: readonly ImportSource[], signal?: AbortSignal): Promise<ChainCheck> {
  const pages: PageEnvelope[] = [];
  for (const source of sources) {
    // Each page is parsed whole: between two, the digest's await lets a Cancel in, heard here.
    signal?.throwIfAborted();
    if (isZip(source.bytes)) continue;
    const page = parseODataPage(source.name, decodeJson(source));
    const next = page['@odata.nextLink'];
    const count = page['@odata.count'];
    pages.push({
      file: source.name, set: setOfContext(page['@odata.context']), nextLink: typeof next === 'string' ? next : null,
      rows: rowsOfPage(page)!.length, count: typeof count === 'number' ? count : null, digest: await digestOf(source.bytes),
    });
  }
  return checkChains(pages);
}

/**
 * Reads what an HQ exported: OData JSON pages, data management packages and Synapse Link / Data
 * Lake folders (their files named by their paths in the folder) or their zips, several at once,
 * pages of one entity in any order. Rows go to `sink` in batches as they are read; a row
 * that cannot be taken is reported and the rest go on; a file that cannot be read at all stops
 * everything with ImportRefused, naming it (the caller then keeps nothing). Pages missing from an
 * OData set's nextLink chain, or data files a folder's metadata names that it does not have, stop
 * it before anything is read, with ImportIncomplete, unless the options accept them: the report
 * then names them.
 */
export async function readImport(
  sources: ImportSource[], sink: (batch: ImportBatch) => Promise<void>, options: CollectorOptions & { import?: ImportOptions } = {},
): Promise<ImportReport> {
  const tooBig = sources.find((s) => s.bytes.byteLength > MAX_IMPORT_FILE_BYTES);
  if (tooBig) throw new ImportRefused(`${tooBig.name} is ${megabytes(tooBig.bytes.byteLength)}; files up to ${megabytes(MAX_IMPORT_FILE_BYTES)} can be imported. Export it in smaller pages.`, tooBig.name);
  const { company, dateLocale, acceptIncomplete } = options.import ?? DEFAULT_IMPORT_OPTIONS;
  const { folders, others } = await splitSynapseSources(sources, options.limits ?? DEFAULT_IMPORT_LIMITS);
  const chains = await checkODataPages(others, options.signal);
  const synapse = folders.map(planSynapseFolder);
  const missing = [...chains.missing, ...synapse.flatMap((plan) => plan.missing)];
  if (missing.length > 0 && !acceptIncomplete) throw new ImportIncomplete(missing);
  const collector = new RowCollector(sink, options);
  const context = { company, locale: dateLocale, maxCellChars: collector.limits.maxCellChars };
  for (const source of others) {
    options.signal?.throwIfAborted();
    const sameAs = chains.duplicateOf.get(source.name);
    const file = isZip(source.bytes)
      ? await readDmfPackage(source.name, source.bytes, collector, context)
      : sameAs !== undefined
        ? { name: source.name, format: 'OData JSON' as const, parts: [], notes: [`The same page as ${sameAs}: read once, so no row of it is imported twice`] }
        : await readODataPage(source.name, parseODataPage(source.name, decodeJson(source)), collector, context);
    collector.report.files.push(file);
  }
  for (const plan of synapse) {
    options.signal?.throwIfAborted();
    collector.report.files.push(await readSynapseFolder(plan, collector, context));
  }
  const report = await collector.finish();
  return { ...report, incomplete: missing };
}
