import { Dexie, type IndexableType, type Transaction } from 'dexie';
import type { AsyncAddress, AsyncAttribute, AsyncCustomer } from '../../customers/customers';
import { CUSTOMER_TERMS, replaceTerms, type TermKey, type TermRow } from '../../customers/customer-search';

/** How many operations the upgrade holds at a time. */
const PAGE = 2000;

/** The version 9 upgrade: every async customer operation's search terms, a page of operations at a time. */
export async function upgradeToCustomerSearch(tx: Transaction): Promise<void> {
  const headers = tx.table<AsyncCustomer, string>('asyncCustomers');
  const addresses = tx.table<AsyncAddress, string>('asyncAddresses');
  const attributes = tx.table<AsyncAttribute, number>('asyncAttributes');
  const terms = tx.table<TermRow, TermKey>(CUSTOMER_TERMS);
  let after: IndexableType = Dexie.minKey;
  for (;;) {
    const page: AsyncCustomer[] = await headers.where(':id').above(after).limit(PAGE).toArray();
    if (page.length === 0) return;
    const ids: string[] = page.map((op) => op.operationId);
    const [addressRows, attributeRows] = await Promise.all([addresses.bulkGet(ids), attributes.where('operationId').anyOf(ids).toArray()]);
    const attributesOf = new Map<string, AsyncAttribute[]>();
    for (const a of attributeRows) attributesOf.set(a.operationId, [...(attributesOf.get(a.operationId) ?? []), a]);
    await replaceTerms({ terms, counts: null }, [], page.map((header, i) => ({ header, address: addressRows[i], attributes: attributesOf.get(header.operationId) ?? [] })));
    after = ids[ids.length - 1]!;
  }
}
