/* Frozen: the versions 7 and 8 page through tables with it; a change here would change what they do. */
import { Dexie, type IndexableType, type Table } from 'dexie';

/** How many rows an upgrade holds at a time: a database of 100,000 transactions is upgraded without holding them all. */
const PAGE = 2000;

/** Every row of a table, a page at a time in primary key order, each page changed by `change` and put back. */
export async function rewriteEachPage<Row, Key extends IndexableType>(table: Table<Row, Key>, keyOf: (row: Row) => Key, change: (page: Row[]) => Row[] | Promise<Row[]>): Promise<void> {
  let after: IndexableType = Dexie.minKey;
  for (;;) {
    const page = await table.where(':id').above(after).limit(PAGE).toArray();
    if (page.length === 0) return;
    await table.bulkPut(await change(page));
    after = keyOf(page[page.length - 1]!);
  }
}
