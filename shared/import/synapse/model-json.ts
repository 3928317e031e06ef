import { z } from 'zod';
import { HEADERLESS_CSV, parseDocument, type DescribedTable, type PartitionSource } from './cdm-tables';
import { fieldsOf, formatFromArguments } from './partition-format';

const annotations = z.array(z.looseObject({ name: z.string(), value: z.unknown() })).optional();

/**
 * The older CDM folder metadata, model.json (Microsoft Learn, "model.json": root, entities with
 * their attributes, partitions with the locations of the data files; microsoft/CDM,
 * Persistence/ModelJson/types). As Synapse Link for Dataverse writes it for finance and operations
 * tables (a test export in SneaksAndData/arcane-framework-scala, populate-cdm-container.py):
 * "$type": "LocalEntity", the table's name in lower case, its attributes Id, SinkCreatedOn,
 * SinkModifiedOn, the table's fields in lower case, …, versionnumber, createdon, modifiedon,
 * IsDelete, each with its dataType; annotations Athena:InitialSyncState; and "partitions": [].
 */
const modelJsonSchema = z.looseObject({
  entities: z.array(z.looseObject({
    $type: z.string().optional(),
    name: z.string().min(1),
    attributes: z.array(z.looseObject({ name: z.string().min(1), dataType: z.string().optional() })).optional(),
    partitions: z.array(z.looseObject({
      location: z.string().optional(),
      fileFormatSettings: z.looseObject({ $type: z.string().optional() }).optional(),
    })).optional(),
    annotations,
  })),
});

/** What Synapse Link says of a table whose first copy to the lake is still running. */
function syncNotes(entityAnnotations: z.infer<typeof annotations>): string[] {
  const state = entityAnnotations?.find((a) => a.name.toLowerCase() === 'athena:initialsyncstate')?.value;
  return typeof state === 'string' && state.toLowerCase() !== 'completed'
    ? [`Synapse Link's first copy of this table to the lake was ${state}, not Completed, when it was exported: rows may be missing`]
    : [];
}

/**
 * The tables one model.json describes. Synapse Link leaves a timestamp folder's model.json empty
 * until the folder is complete (Estuary's description of a real export): an empty one describes
 * nothing, which the report says.
 */
export function describeModelJson(folderName: string, path: string, text: string): { tables: DescribedTable[]; notes: string[] } {
  if (text.trim() === '') {
    return { tables: [], notes: [`${path} is empty: Synapse Link writes it once the folder it describes is complete, so the folder was still being written; its tables are read by the model.json above it, if there is one`] };
  }
  const model = parseDocument(folderName, path, text, modelJsonSchema, 'CDM model.json');
  const tables: DescribedTable[] = [];
  const notes: string[] = [];
  for (const entity of model.entities) {
    if (entity.$type !== undefined && entity.$type !== 'LocalEntity') {
      notes.push(`${path}: ${entity.name} is a ${entity.$type}, described by another model: not read`);
      continue;
    }
    const located: PartitionSource[] = (entity.partitions ?? []).flatMap((p) => (p.location ? [{
      kind: 'location' as const, location: p.location,
      format: p.fileFormatSettings?.$type === 'CsvFormatSettings' ? formatFromArguments(fieldsOf(p.fileFormatSettings)) : HEADERLESS_CSV,
    }] : []));
    tables.push({
      name: entity.name, columns: (entity.attributes ?? []).map((a) => a.name), document: path, notes: syncNotes(entity.annotations),
      sources: located.length ? located : [{ kind: 'table folder', format: HEADERLESS_CSV }],
    });
  }
  return { tables, notes };
}
