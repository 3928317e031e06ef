import { ColumnPlan, type ReadContext } from './convert-row';
import { entityOfColumns, entityOfNavigation, entityOfSet } from './entity-maps';
import { ImportRefused, type EntityMatch, type ImportedFile } from './import-types';
import { PartTally, PlanCache } from './part-tally';
import type { PublicEntity } from './public-entities/public-entity';
import type { RowCollector } from './row-collector';
import { fileRefusals, rowPlaces, rowRefusals } from './import-messages';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** "…/$metadata#RetailTransactions(Col1,Col2)" or "…#RetailTransactions/$entity": the entity set. */
export const setOfContext = (context: unknown): string | null => (typeof context === 'string' ? /#([A-Za-z0-9_]+)/.exec(context)?.[1] ?? null : null);

/** A page's rows: its "value" list, or the one entity a "/$entity" response is. */
export function rowsOfPage(page: unknown): unknown[] | null {
  if (!isObject(page)) return null;
  if (Array.isArray(page.value)) return page.value;
  return typeof page['@odata.context'] === 'string' && page['@odata.context'].endsWith('/$entity') ? [page] : null;
}

export function parseODataPage(name: string, text: string): Json {
  let page: unknown;
  try {
    page = JSON.parse(text);
  } catch {
    throw new ImportRefused(`${name} is not an OData JSON page or a data management package: it is not JSON, and not a .zip either.`, name);
  }
  if (!isObject(page) || !rowsOfPage(page)) throw new ImportRefused(`${name} is JSON, but not an OData page: it has no "value" list of rows.`, name);
  return page;
}

/** The entity set a page is of: its @odata.context; else its file's name ("RetailTransactions-page2.json"); else, last, its columns. */
function entityOfPage(page: Json, fileName: string, rows: readonly unknown[]): { entity: PublicEntity; matchedBy: EntityMatch } | null {
  const bySet = entityOfSet(setOfContext(page['@odata.context']) ?? '');
  if (bySet) return { entity: bySet, matchedBy: 'OData context' };
  const byName = entityOfSet(fileName.replace(/\.[^.]*$/, '').replace(/[-_ ]?(page)?[-_ ]?\d*$/i, ''));
  if (byName) return { entity: byName, matchedBy: 'file name' };
  const first = rows.find(isObject);
  const byColumns = first ? entityOfColumns(Object.keys(first).filter((k) => !k.includes('@odata.'))) : null;
  return byColumns ? { entity: byColumns, matchedBy: 'columns' } : null;
}

const isAnnotation = (property: string) => property.includes('@odata.');
const TRANSACTION_KEY = ['dataAreaId', 'store', 'terminal', 'transactionId'] as const;

/** The properties of `entity` that hold the transaction's key, by field. */
const keyProperties = (entity: PublicEntity) =>
  TRANSACTION_KEY.map((field) => [field, entity.properties.find((p) => p[2] === field)?.[0]] as const);

/**
 * One OData JSON page: `{"@odata.context", "value": [...], "@odata.nextLink"?}`. Every property of a
 * row is kept: mapped to a field, kept as an other field, or, for a navigation property
 * (RetailTransactionsAuditable's lines), read as the rows of its own entity under the key of the
 * row they are nested in. Annotations (@odata.etag) are metadata, not data: the report names them.
 */
export async function readODataPage(name: string, page: Json, collector: RowCollector, context: ReadContext): Promise<ImportedFile> {
  const rows = rowsOfPage(page)!;
  const found = entityOfPage(page, name, rows);
  if (!found) {
    throw new ImportRefused(`${name} matches no entity Sync Console knows. It reads RetailTransactions, RetailTransactionSalesLinesV2, RetailTransactionOrderStatusBIEntities, RetailTransactionsAuditable and the other RetailTransaction* entities.`, name);
  }
  const { maxRowsPerFile, maxColumns } = collector.limits;
  const refuse = (message: string) => new ImportRefused(message, name);
  let rowsOfFile = 0;
  // Rows of the page and lines nested in them count alike: a page of a thousand rows of a million lines each is no page HQ writes.
  const count = (properties: number) => {
    rowsOfFile += 1;
    if (rowsOfFile > maxRowsPerFile) throw refuse(fileRefusals.tooManyRows(name, String(maxRowsPerFile)));
    if (properties > maxColumns) throw refuse(fileRefusals.tooManyColumns(name, String(properties), String(maxColumns)));
  };
  const tallies = new Map<PublicEntity, { tally: PartTally; plans: PlanCache }>();
  const partOf = (entity: PublicEntity, matchedBy: EntityMatch) => {
    let part = tallies.get(entity);
    if (!part) {
      const tally = new PartTally(name, entity, matchedBy);
      part = { tally, plans: new PlanCache((columns) => new ColumnPlan(entity, columns), tally) };
      tallies.set(entity, part);
    }
    return part;
  };
  const main = partOf(found.entity, found.matchedBy);
  const annotations = new Set<string>();

  for (const [i, row] of rows.entries()) {
    const where = rowPlaces.pageRow(String(i + 1));
    const flat: Json = {};
    const nested: [string, PublicEntity, unknown][] = [];
    for (const [property, value] of Object.entries(isObject(row) ? row : {})) {
      // A navigation property holds its lines, whatever its value; any other property holds one value, and a list there is refused as one.
      const navigation = entityOfNavigation(found.entity, property);
      if (isAnnotation(property)) annotations.add(property.slice(property.indexOf('@')));
      else if (navigation && value !== null) nested.push([property, navigation, value]);
      else flat[property] = value;
    }
    count(Object.keys(flat).length);
    const notRows = nested.filter(([, , lines]) => !isObject(lines) && !(Array.isArray(lines) && lines.every(isObject)));
    const converted = main.plans.of(Object.keys(flat)).convert(flat, context);
    if (notRows.length) {
      converted.values = null;
      converted.problems.push(...notRows.map(([property]) => ({ field: null, column: property, reason: rowRefusals.notRows(property) })));
    }
    main.tally.row(converted);
    const taken = await collector.add(found.entity.table, converted, name, where, found.entity.set);
    for (const [property, entity, value] of notRows.length ? [] : nested) {
      const part = partOf(entity, 'OData context');
      const key = keyProperties(entity);
      for (const [j, line] of [value].flat().entries()) {
        const lineWhere = rowPlaces.nestedRow(String(i + 1), property, String(j + 1));
        const raw: Json = Object.fromEntries(Object.entries(line as Json).filter(([p]) => !isAnnotation(p)));
        count(Object.keys(raw).length);
        // A nested line belongs to the row it is nested in: the header's key wins over its own, and
        // a key property the line leaves out that the header has (StoreNumber) is the header's.
        if (converted.values) for (const [field, prop] of key) if (prop) raw[prop] = converted.values[field];
        for (const name of entity.key) if (raw[name] === undefined && flat[name] !== undefined) raw[name] = flat[name];
        const lineRow = part.plans.of(Object.keys(raw)).convert(raw, context);
        part.tally.row(lineRow);
        if (taken) await collector.add(entity.table, lineRow, name, lineWhere, entity.set);
        else collector.refuse(name, lineWhere, `its transaction (${where}) was not imported`);
      }
    }
  }
  if (annotations.size) main.tally.note(`OData annotations are metadata of the response, not data: not kept (${[...annotations].join(', ')})`);
  return { name, format: 'OData JSON', parts: [...tallies.values()].map((p) => p.tally.finish(context.company)) };
}
