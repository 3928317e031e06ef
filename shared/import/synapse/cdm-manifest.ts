import { z } from 'zod';
import { dirOf, locate } from './cdm-paths';
import { HEADERLESS_CSV, parseDocument, type DescribedTable, type PartitionFormat, type PartitionSource } from './cdm-tables';
import { csvTraitArguments, formatFromArguments } from './partition-format';

const traits = z.array(z.unknown()).optional();

/**
 * A CDM manifest (*.manifest.cdm.json; Microsoft Learn, "Common Data Model metadata: Introducing
 * manifest"; microsoft/CDM samples/1-read-manifest and objectModel/TestData DataPartitionPattern):
 * entities, each a LocalEntity (entityName, entityPath or entitySchema "Account.cdm.json/Account",
 * dataPartitions with a location and exhibitsTraits, dataPartitionPatterns with rootLocation,
 * regularExpression or globPattern, and exhibitsTraits) or a ReferencedEntity; and subManifests.
 */
const manifestSchema = z.looseObject({
  entities: z.array(z.looseObject({
    type: z.string().optional(),
    entityName: z.string().min(1),
    entityPath: z.string().optional(),
    entitySchema: z.string().optional(),
    dataPartitions: z.array(z.looseObject({ location: z.string().min(1), exhibitsTraits: traits })).optional(),
    dataPartitionPatterns: z.array(z.looseObject({
      name: z.string().optional(), rootLocation: z.string().optional(), regularExpression: z.string().optional(), globPattern: z.string().optional(), exhibitsTraits: traits,
    })).optional(),
  })).optional(),
  subManifests: z.array(z.looseObject({ definition: z.string().min(1) })).optional(),
});
type Manifest = z.infer<typeof manifestSchema>;

/** An entity definition document (*.cdm.json): definitions, each with its entityName and hasAttributes. */
const entityDocumentSchema = z.looseObject({
  definitions: z.array(z.looseObject({ entityName: z.string().optional(), hasAttributes: z.array(z.unknown()).optional() })).optional(),
});

export const isManifest = (path: string): boolean => /\.manifest\.cdm\.json$/i.test(path);

/** What reading the folder's documents needs: its files, by their paths in lower case, and their text. */
export interface DocumentFolder {
  name: string;
  files: ReadonlyMap<string, string>;
  text(path: string): string;
}

/**
 * Attribute names in order, as a resolved entity definition lists them: each attribute by its
 * name, an attribute group's members in its place ("attributeGroupReference": { "members": […] }).
 * An attribute group or entity defined elsewhere leaves the order unknown: its reason is returned.
 */
function attributeNames(items: readonly unknown[], names: string[]): string | null {
  for (const item of items) {
    if (typeof item !== 'object' || item === null) continue;
    const attribute = item as Record<string, unknown>;
    const group = attribute.attributeGroupReference;
    if (group !== undefined) {
      const members = typeof group === 'object' && group !== null ? (group as Record<string, unknown>).members : undefined;
      if (!Array.isArray(members)) return `its attribute group ${JSON.stringify(group)} is defined in another document`;
      const problem = attributeNames(members, names);
      if (problem) return problem;
    } else if (attribute.entity !== undefined) {
      return `its attribute ${String(attribute.name ?? '')} stands for another entity's attributes (a logical, not a resolved, definition)`;
    } else if (typeof attribute.name === 'string' && attribute.name) names.push(attribute.name);
  }
  return null;
}

/** The columns of the entity a manifest points to ("Account.cdm.json/Account"), from its definition in the folder. */
function entityColumns(folder: DocumentFolder, manifestPath: string, entityPath: string | undefined, used: Set<string>): { columns: string[] | null; problem?: string } {
  if (!entityPath) return { columns: null, problem: 'the manifest names no definition of it' };
  if (/^cdm:/i.test(entityPath)) return { columns: null, problem: `its definition ${entityPath} is one of the public CDM's logical entities, not a resolved one of this folder` };
  const at = entityPath.toLowerCase().lastIndexOf('.cdm.json');
  const documentPath = (at < 0 ? entityPath : entityPath.slice(0, at + '.cdm.json'.length));
  const entityName = at < 0 ? '' : entityPath.slice(at + '.cdm.json'.length).replace(/^\//, '');
  const path = locate(folder.files, documentPath, dirOf(manifestPath));
  if (!path) return { columns: null, problem: `its definition ${documentPath} is not in the folder` };
  used.add(path);
  const document = parseDocument(folder.name, path, folder.text(path), entityDocumentSchema, 'CDM entity definition');
  const definitions = document.definitions ?? [];
  const definition = definitions.find((d) => d.entityName?.toLowerCase() === entityName.toLowerCase()) ?? (entityName ? undefined : definitions[0]);
  if (!definition) return { columns: null, problem: `${path} defines no entity ${entityName}` };
  const names: string[] = [];
  const problem = attributeNames(definition.hasAttributes ?? [], names);
  return problem ? { columns: null, problem } : { columns: names };
}

const formatOf = (exhibited: readonly unknown[] | undefined): PartitionFormat => {
  const args = csvTraitArguments(exhibited);
  return args ? formatFromArguments(args) : HEADERLESS_CSV;
};

/** The tables of one manifest and, depth first, of its sub-manifests. */
function describeManifest(folder: DocumentFolder, path: string, manifests: ReadonlyMap<string, Manifest>, found: { tables: DescribedTable[]; notes: string[]; documents: Set<string> }, seen: Set<string>): void {
  if (seen.has(path)) return;
  seen.add(path);
  found.documents.add(path);
  const manifest = manifests.get(path)!;
  for (const entity of manifest.entities ?? []) {
    if (entity.type !== undefined && entity.type !== 'LocalEntity') {
      found.notes.push(`${path}: ${entity.entityName} is a ${entity.type}, whose rows another manifest describes: not read here`);
      continue;
    }
    const { columns, problem } = entityColumns(folder, path, entity.entityPath ?? entity.entitySchema, found.documents);
    const sources: PartitionSource[] = [
      ...(entity.dataPartitions ?? []).map((p) => ({ kind: 'location' as const, location: p.location, format: formatOf(p.exhibitsTraits) })),
      ...(entity.dataPartitionPatterns ?? []).map((p, i) => ({
        kind: 'pattern' as const, name: p.name ?? `pattern ${i + 1}`, format: formatOf(p.exhibitsTraits),
        pattern: { rootLocation: p.rootLocation, regularExpression: p.regularExpression, globPattern: p.globPattern },
      })),
    ];
    found.tables.push({ name: entity.entityName, columns, ...(problem ? { columnsProblem: problem } : {}), document: path, sources, notes: [] });
  }
  for (const sub of manifest.subManifests ?? []) {
    const subPath = locate(folder.files, sub.definition, dirOf(path));
    if (subPath && manifests.has(subPath)) describeManifest(folder, subPath, manifests, found, seen);
    else found.notes.push(`${path} names the sub-manifest ${sub.definition}, which is not in the folder: its tables are not here`);
  }
}

/**
 * Every manifest of the folder, read from those no other manifest names as its sub-manifest (so
 * each is read once, under its parent).
 */
export function describeManifests(folder: DocumentFolder, paths: readonly string[]): { tables: DescribedTable[]; notes: string[]; documents: Set<string> } {
  const manifests = new Map(paths.filter(isManifest).map((path) => [path, parseDocument(folder.name, path, folder.text(path), manifestSchema, 'CDM manifest')] as const));
  const named = new Set<string>();
  for (const [path, manifest] of manifests) {
    for (const sub of manifest.subManifests ?? []) {
      const subPath = locate(folder.files, sub.definition, dirOf(path));
      if (subPath && subPath !== path) named.add(subPath);
    }
  }
  const found = { tables: [] as DescribedTable[], notes: [] as string[], documents: new Set<string>() };
  const seen = new Set<string>();
  for (const path of manifests.keys()) if (!named.has(path)) describeManifest(folder, path, manifests, found, seen);
  // Manifests that only name one another in a circle: read them too.
  for (const path of manifests.keys()) describeManifest(folder, path, manifests, found, seen);
  return found;
}
