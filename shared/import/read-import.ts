import { readDmfPackage } from './read-dmf';
import { parseODataPage, readODataPage, rowsOfPage, setOfContext } from './read-odata';
import { ImportIncomplete, ImportRefused, MAX_IMPORT_FILE_BYTES, type ImportBatch, type ImportReport, type ImportSource } from './import-types';
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions } from './import-options';
import { checkChains, type ChainCheck, type PageEnvelope } from './odata-chains';
import { RowCollector } from './row-collector';
import type { StoreNumbers } from './store-numbers';
import { splitSynapseSources } from './synapse/synapse-folder';
import { planSynapseFolder } from './synapse/synapse-plan';
import { readSynapseFolder } from './synapse/read-synapse';

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
const megabytes = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

/** JSON from a file: UTF-8 (with or without a byte order mark) or UTF-16 LE with one, as Windows tools save it. */
function decodeJson(source: ImportSource): string {
  const { bytes } = source;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportRefused(`${source.name} is not an OData JSON page or a data management package: it is neither UTF-8 text nor a .zip.`);
  }
}

async function digestOf(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The OData pages' envelopes, before any row is read: which set each is of, where its nextLink
 * leads, its rows; so a gap in a chain is known, and said, before anything is imported.
 */
export async function checkODataPages(sources: readonly ImportSource[]): Promise<ChainCheck> {
  const pages: PageEnvelope[] = [];
  for (const source of sources) {
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
  sources: ImportSource[], sink: (batch: ImportBatch) => Promise<void>,
  options: { signal?: AbortSignal; onProgress?: (rowsRead: number) => void; import?: ImportOptions; storeNumbers?: StoreNumbers } = {},
): Promise<ImportReport> {
  const tooBig = sources.find((s) => s.bytes.byteLength > MAX_IMPORT_FILE_BYTES);
  if (tooBig) throw new ImportRefused(`${tooBig.name} is ${megabytes(tooBig.bytes.byteLength)}; files up to ${megabytes(MAX_IMPORT_FILE_BYTES)} can be imported. Export it in smaller pages.`);
  const { company, dateLocale, acceptIncomplete } = options.import ?? DEFAULT_IMPORT_OPTIONS;
  const { folders, others } = splitSynapseSources(sources);
  const chains = await checkODataPages(others);
  const synapse = folders.map(planSynapseFolder);
  const missing = [...chains.missing, ...synapse.flatMap((plan) => plan.missing)];
  if (missing.length > 0 && !acceptIncomplete) throw new ImportIncomplete(missing);
  const context = { company, locale: dateLocale };
  const collector = new RowCollector(sink, options);
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
