import { ImportRefused, type ImportSource } from '../import-types';
import { SLICE_BYTES, ZipPackage, type ZipFileReader } from '../zip-stream';
import type { ImportLimits } from '../../platform/import-limits';
import { isManifest } from './cdm-manifest';

/**
 * A Synapse Link / Data Lake export: a folder of metadata (model.json, *.manifest.cdm.json and the
 * entity definitions they point to) and headerless CSV partitions, dropped on the window (its files
 * come named by their paths in it, "retail-export/2026-05-01T10.00.00Z/retailtransactiontable/2026.csv")
 * or zipped. Either way it is read through this: its files by their paths from its root.
 */
export interface SynapseFolder {
  /** What the report calls it: the folder as it was dropped ("retail-export/"), or the zip's name. */
  name: string;
  paths: readonly string[];
  /** The paths by their lower case, to find a file that metadata names. */
  files: ReadonlyMap<string, string>;
  /** A small file (a metadata document) whole. */
  bytes(path: string): Uint8Array;
  /** Streams the files `readerOf` wants, a piece at a time, each piece awaited by its reader. */
  stream(readerOf: (path: string) => ZipFileReader | undefined): Promise<void>;
}

export const isMetadata = (path: string): boolean => /(^|\/)model\.json$/i.test(path) || isManifest(path);

const byLowerCase = (paths: readonly string[]) => new Map(paths.map((p) => [p.toLowerCase(), p]));

/** The files dropped as one folder, named by their paths below it. */
function looseFolder(root: string, sources: readonly ImportSource[]): SynapseFolder {
  const byPath = new Map(sources.map((s) => [root ? s.name.slice(root.length + 1) : s.name, s.bytes]));
  const paths = [...byPath.keys()];
  return {
    name: root ? `${root}/` : sources.map((s) => s.name).join(', '), paths, files: byLowerCase(paths),
    bytes: (path) => byPath.get(path)!,
    async stream(readerOf) {
      for (const [path, bytes] of byPath) {
        const reader = readerOf(path);
        if (!reader) continue;
        for (let offset = 0; offset < bytes.byteLength; offset += SLICE_BYTES) await reader.data(bytes.subarray(offset, offset + SLICE_BYTES));
        await reader.end();
      }
    },
  };
}

/**
 * A zipped export, read through the import's checked zip (zip-stream.ts: its directory, sizes,
 * CRC-32 and limits). Its metadata documents are small and wanted whole before any row, so they
 * are inflated (and checked) here; its partitions are streamed when the rows are read.
 */
async function zippedFolder(source: ImportSource, zip: ZipPackage): Promise<SynapseFolder> {
  const paths = zip.entries.map((e) => e.name).filter((n) => !n.endsWith('/'));
  const documents = new Map<string, Uint8Array>();
  for (const path of paths) if (/\.json$/i.test(path)) documents.set(path, await zip.file(path));
  return {
    name: source.name, paths, files: byLowerCase(paths),
    bytes: (path) => {
      const bytes = documents.get(path);
      if (!bytes) throw new ImportRefused(`${source.name}: ${path} is not a metadata document, so it cannot be read as one.`, source.name);
      return bytes;
    },
    stream: (readerOf) => zip.stream(readerOf),
  };
}

/** A zip holding a Synapse export's metadata (a model.json or a manifest) and no data management package's Manifest.xml. */
export function isSynapseZip(zip: ZipPackage): boolean {
  const names = zip.entries.map((e) => e.name);
  return names.some(isMetadata) && !names.some((n) => /^manifest\.xml$/i.test(n));
}

const startsLikeZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b;
const topFolder = (name: string) => (name.includes('/') ? name.slice(0, name.indexOf('/')) : '');
/** Loose files beside a model.json that belong to the export though they are in no folder of it. */
const looseExportFile = (name: string) => isMetadata(name) || /\.(cdm\.json|csv)$/i.test(name);

/**
 * The Synapse folders among the chosen files: each folder (by its top folder) that holds a
 * model.json or a manifest, with every file in it; loose files beside a model.json chosen without
 * a folder; and each zip that holds one but no data management package's Manifest.xml. The rest
 * are OData pages and packages, read as before.
 */
export async function splitSynapseSources(sources: readonly ImportSource[], limits: ImportLimits): Promise<{ folders: SynapseFolder[]; others: ImportSource[] }> {
  const roots = new Set(sources.filter((s) => isMetadata(s.name) && !startsLikeZip(s.bytes)).map((s) => topFolder(s.name)));
  const folders: SynapseFolder[] = [];
  const others: ImportSource[] = [];
  for (const root of roots) {
    folders.push(looseFolder(root, sources.filter((s) => (root ? s.name.startsWith(`${root}/`) : !s.name.includes('/') && looseExportFile(s.name)))));
  }
  for (const source of sources) {
    const root = topFolder(source.name);
    if (roots.has(root) && (root || looseExportFile(source.name))) continue;
    const zip = startsLikeZip(source.bytes) ? new ZipPackage(source.bytes, source.name, limits) : null;
    if (zip && isSynapseZip(zip)) folders.push(await zippedFolder(source, zip));
    else others.push(source);
  }
  return { folders, others };
}
