import { entityNamed, entityOfColumns, entityOfNavigation, mapOf } from './entity-maps';
import { ImportRefused, type ImportedEntity, type ImportedFile } from './import-types';
import type { RowCollector } from './row-collector';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The entity set a page is of: from its @odata.context ("…/$metadata#RetailTransactions"), else the file's name, else its columns. */
function entityOfPage(page: Json, fileName: string, rows: readonly unknown[]): ImportedEntity | null {
  const context = typeof page['@odata.context'] === 'string' ? page['@odata.context'] : '';
  const set = /#([A-Za-z0-9_]+)/.exec(context)?.[1];
  const named = (set && entityNamed(set)) || entityNamed(fileName.replace(/\.[^.]*$/, '').replace(/[-_ ]?(page)?\d*$/i, ''));
  if (named) return named;
  const first = rows.find(isObject);
  return first ? entityOfColumns(Object.keys(first)) : null;
}

const KEY_COLUMNS = ['dataAreaId', 'OperatingUnitNumber', 'Terminal', 'TransactionNumber'] as const;

/**
 * One OData JSON page: `{"@odata.context", "value": [...], "@odata.nextLink"?}`. RetailTransactionsAuditable
 * carries each transaction's lines as navigation properties and its order status as AsynchronousOrderStatus.
 */
export async function readODataPage(name: string, text: string, collector: RowCollector): Promise<ImportedFile> {
  let page: unknown;
  try {
    page = JSON.parse(text);
  } catch {
    throw new ImportRefused(`${name} is not an OData JSON page or a data management package: it is not JSON, and not a .zip either.`);
  }
  if (!isObject(page) || !Array.isArray(page.value)) throw new ImportRefused(`${name} is JSON, but not an OData page: it has no "value" list of rows.`);
  const rows = page.value as unknown[];
  const entity = entityOfPage(page, name, rows);
  if (!entity) {
    throw new ImportRefused(`${name} matches no entity Sync Console knows. It reads RetailTransactions, RetailTransactionSalesLinesV2, RetailTransactionOrderStatusBIEntities, RetailTransactionsAuditable and the other RetailTransaction* entities.`);
  }
  const counts = new Map<ImportedEntity, number>();
  const count = (e: ImportedEntity) => counts.set(e, (counts.get(e) ?? 0) + 1);
  for (const [i, row] of rows.entries()) {
    const where = `value[${i}]`;
    if (!isObject(row)) {
      await collector.add(entity, {}, name, where);
      count(entity);
      continue;
    }
    const flat: Json = {};
    const nested: [string, unknown[]][] = [];
    for (const [property, value] of Object.entries(row)) {
      if (Array.isArray(value)) nested.push([property, value]);
      else if (!property.startsWith('@odata')) flat[property] = value;
    }
    await collector.add(entity, flat, name, where);
    count(entity);
    if ('AsynchronousOrderStatus' in flat && entity === 'RetailTransactionTable') {
      const key = Object.fromEntries(KEY_COLUMNS.map((k) => [k, flat[k]]));
      const statusColumns = ['AsynchronousOrderStatus', 'OrderErrorDetails', 'OrderRetryCount', 'OrderLastEditUser', 'OrderManuallyModified', 'OrderStatusModifiedDateTime', 'SalesOrderId'];
      await collector.add('RetailTransactionOrderStatus', { ...key, ...Object.fromEntries(statusColumns.map((c) => [c, flat[c]])) }, name, where);
      count('RetailTransactionOrderStatus');
    }
    for (const [property, lines] of nested) {
      const lineEntity = entityOfNavigation(property);
      if (!lineEntity) continue;
      const key = Object.fromEntries(KEY_COLUMNS.map((k) => [k, flat[k]]));
      for (const [j, line] of lines.entries()) {
        // A nested line belongs to the transaction it is nested in: the header's key wins.
        await collector.add(lineEntity, isObject(line) ? { ...line, ...key } : {}, name, `${where}.${property}[${j}]`);
        count(lineEntity);
      }
    }
  }
  return {
    name, format: 'OData JSON',
    parts: [...counts].map(([e, rowsRead]) => ({ path: name, entity: e, entityLabel: mapOf(e).label, rowsRead })),
  };
}
