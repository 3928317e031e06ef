import type { InsertType } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { ATTRIBUTE_FIELD_PREFIX, type SearchSource } from './customer-search';
import { ADDRESS_FIELDS, type AsyncCustomer, type CustomerSyncStatus } from './customers';
import { linesOf } from './async-customer-operation';
import { walk, type DirectedRead, type PagedIndex } from '../platform/keyset-page';

type OperationIndex = PagedIndex<AsyncCustomer, string, InsertType<AsyncCustomer, 'operationId'>>;

/** The operations in time order (ties by id): all of them, or those in a status. */
export function operationsByTime(db: HqDatabase, status: CustomerSyncStatus | 'all'): OperationIndex {
  return {
    table: db.asyncCustomers,
    index: status === 'all' ? 'operationTimestamp' : '[status+operationTimestamp]',
    prefix: status === 'all' ? [] : [status],
    anchorOf: (h) => ({ sort: h.operationTimestamp, key: h.operationId }),
  };
}

/** The most operations one read takes, and the fewest. */
const BATCH_MAX = 2000;
const BATCH_MIN = 50;

/** What a filter on the field needs read besides the header: the address, the attributes. */
async function sourcesOf(db: HqDatabase, headers: AsyncCustomer[], field: string): Promise<SearchSource[]> {
  const ids = headers.map((h) => h.operationId);
  const [addresses, attributes] = await Promise.all([
    (ADDRESS_FIELDS as readonly string[]).includes(field) ? db.asyncAddresses.bulkGet(ids) : [],
    field.startsWith(ATTRIBUTE_FIELD_PREFIX) ? linesOf(db.asyncAttributes, ids) : undefined,
  ]);
  return headers.map((header, i) => ({ header, address: addresses[i], attributes: attributes?.get(header.operationId) ?? [] }));
}

/**
 * Reads the operations of an index in time order, a batch at a time, and keeps those the test
 * passes: for a filter that most operations match, a page is found in a few hundred operations
 * read in order, where its keys would be tens of thousands. `density` (the share expected to pass)
 * sizes the batches so that one read usually finds the page.
 */
export function walkingRead(db: HqDatabase, index: OperationIndex, field: string, test: (source: SearchSource) => boolean, density: number): DirectedRead<AsyncCustomer> {
  return async (descending, from, skip, take) => {
    const found: AsyncCustomer[] = [];
    let skipped = 0;
    let at = from;
    for (;;) {
      const wanted = skip - skipped + take - found.length;
      const batch = Math.min(BATCH_MAX, Math.max(BATCH_MIN, Math.ceil((wanted / Math.max(density, 1e-6)) * 1.2)));
      const headers = await walk(index, descending, at).limit(batch).toArray();
      for (const source of await sourcesOf(db, headers, field)) {
        if (!test(source)) continue;
        if (skipped < skip) skipped++;
        else found.push(source.header);
        if (found.length === take) return found;
      }
      const last = headers[headers.length - 1];
      if (headers.length < batch || !last) return found;
      at = { anchor: index.anchorOf(last), inclusive: false };
    }
  };
}
