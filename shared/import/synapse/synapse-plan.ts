import { ImportRefused } from '../import-types';
import type { PublicEntity } from '../public-entities/public-entity';
import { baseName, dirOf, isUnder, locate } from './cdm-paths';
import { describeManifests } from './cdm-manifest';
import type { DescribedTable, PartitionFormat } from './cdm-tables';
import { describeModelJson } from './model-json';
import { matchPattern } from './partition-patterns';
import { isMetadata, type SynapseFolder } from './synapse-folder';
import { entityOfTable } from './synapse-tables';

/** One data file of a table: its path, its layout, and its columns (null when its first row names them). */
export interface PlannedPartition {
  path: string;
  format: PartitionFormat;
  columns: readonly string[] | null;
  /** The model.json or manifest that describes it. */
  document: string;
}

export interface PlannedTable {
  /** As the metadata spells it. */
  name: string;
  entity: PublicEntity;
  /** In the order of their paths: timestamp folders and year files sort as they were written. */
  partitions: PlannedPartition[];
  notes: string[];
}

/** What will be read of a folder, decided before a row is: the tables, their files, what is missing, and what is not read. */
export interface SynapsePlan {
  folder: SynapseFolder;
  tables: PlannedTable[];
  /** Files the metadata names that the folder does not have: the export is incomplete. */
  missing: string[];
  notes: string[];
}

const MAX_LISTED = 20;
/** Names in a sentence, the first MAX_LISTED of them. */
export const listed = (names: readonly string[]): string =>
  names.length <= MAX_LISTED ? names.join(', ') : `${names.slice(0, MAX_LISTED).join(', ')} and ${names.length - MAX_LISTED} more`;

function decodeText(folder: SynapseFolder, path: string): string {
  const bytes = folder.bytes(path);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new ImportRefused(`${folder.name}: ${path} is not UTF-8 text, so its metadata cannot be read.`);
  }
}

/** Every table the folder's model.json files and manifests describe, and what they say of themselves. */
function describe(folder: SynapseFolder): { tables: DescribedTable[]; notes: string[]; documents: Set<string> } {
  const documents = new Set<string>();
  const tables: DescribedTable[] = [];
  const notes: string[] = [];
  for (const path of folder.paths.filter((p) => /(^|\/)model\.json$/i.test(p))) {
    documents.add(path);
    const model = describeModelJson(folder.name, path, decodeText(folder, path));
    tables.push(...model.tables);
    notes.push(...model.notes);
  }
  const manifests = describeManifests({ name: folder.name, files: folder.files, text: (path) => decodeText(folder, path) }, folder.paths);
  manifests.documents.forEach((d) => documents.add(d));
  return { tables: [...tables, ...manifests.tables], notes: [...notes, ...manifests.notes], documents };
}

interface Claim {
  table: DescribedTable;
  format: PartitionFormat;
  /** A file the metadata names, or a pattern matches, outranks one found by its table's folder; of those, the nearest model.json's. */
  rank: number;
}

/**
 * The files of each table. A file named by a location or matched by a pattern is that table's; a
 * CSV in a folder named after a table whose model.json lists no partitions is that table's, the
 * nearest such model.json above it describing it (a timestamp folder's own, else the root's).
 */
function claimFiles(folder: SynapseFolder, tables: readonly DescribedTable[], missing: string[], notes: string[]): Map<string, Claim> {
  const claims = new Map<string, Claim>();
  const claim = (path: string, next: Claim) => {
    const known = claims.get(path);
    if (!known || next.rank > known.rank) claims.set(path, next);
  };
  const csvFiles = folder.paths.filter((p) => /\.csv$/i.test(p));
  for (const table of tables) {
    const documentDir = dirOf(table.document);
    for (const source of table.sources) {
      if (source.kind === 'location') {
        const path = locate(folder.files, source.location, documentDir);
        if (path) claim(path, { table, format: source.format, rank: Infinity });
        else missing.push(`${table.name}: the data file ${source.location}, which ${table.document} names, is not in the folder`);
      } else if (source.kind === 'pattern') {
        const match = matchPattern(folder.paths, documentDir, source.pattern);
        if ('problem' in match) notes.push(`${table.document}: ${table.name}'s partition pattern ${source.name} was not used: ${match.problem}`);
        else match.files.forEach((path) => claim(path, { table, format: source.format, rank: Infinity }));
      } else {
        const depth = documentDir === '' ? 0 : documentDir.split('/').length;
        for (const path of csvFiles) {
          if (isUnder(path, documentDir) && baseName(dirOf(path)).toLowerCase() === table.name.toLowerCase()) claim(path, { table, format: source.format, rank: depth });
        }
      }
    }
  }
  return claims;
}

/**
 * What will be read of a Synapse Link / Data Lake folder: its metadata read (a model.json or
 * manifest that cannot be read refuses the import, naming it), each table the audit reads with its
 * files in order, the files its metadata names that are missing, and, in words, everything else:
 * tables the audit does not read, files no metadata claims, patterns not used.
 */
export function planSynapseFolder(folder: SynapseFolder): SynapsePlan {
  const { tables: described, notes, documents } = describe(folder);
  if (described.length === 0 && !notes.length) throw new ImportRefused(`${folder.name}: its model.json and manifests describe no table.`);
  const missing: string[] = [];
  const claims = claimFiles(folder, described, missing, notes);
  const planned = new Map<PublicEntity, PlannedTable>();
  const notRead = new Map<string, string[]>();
  for (const [path, { table, format }] of [...claims].sort(([a], [b]) => a.localeCompare(b))) {
    const entity = entityOfTable(table.name);
    if (!entity || (!table.columns && !format.columnHeaders)) {
      notRead.set(table.name, [...(notRead.get(table.name) ?? []), path]);
      continue;
    }
    const plan = planned.get(entity) ?? { name: table.name, entity, partitions: [], notes: [] };
    plan.partitions.push({ path, format, columns: format.columnHeaders ? null : table.columns, document: table.document });
    for (const note of table.notes) if (!plan.notes.includes(note)) plan.notes.push(note);
    planned.set(entity, plan);
  }
  for (const [name, paths] of notRead) {
    const table = described.find((t) => t.name === name)!;
    notes.push(entityOfTable(name)
      ? `${name}: its ${paths.length} file(s) were not read, because ${table.columnsProblem ?? 'its columns are not known'} and they have no header row`
      : `${name}: a table the audit does not read; its ${paths.length} file(s) were not read`);
  }
  const unclaimed = folder.paths.filter((p) => !claims.has(p) && !documents.has(p) && !isMetadata(p));
  if (unclaimed.length) notes.push(`Files that no model.json or manifest describes, not read: ${listed(unclaimed)}`);
  return { folder, tables: [...planned.values()], missing, notes };
}
