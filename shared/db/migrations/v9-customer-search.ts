import { Dexie, type IndexableType, type IndexableTypeArrayReadonly, type Transaction } from 'dexie';

/*
 * Frozen: the terms of Customer synchronization status's search as they were at version 9,
 * written out here (customers/customer-search.ts keeps them since, whoever writes an operation).
 * Version 10 counts from the keys this writes, with the helpers exported below.
 */

export type TermKey = [term: string, time: number, operationId: string];
export const CUSTOMER_SYNC_STATUSES = ['Pending', 'Succeeded', 'Failed'] as const;
export const CUSTOMER_TERMS = 'asyncCustomerTerms';

const SEPARATOR = '\u0001';
const HEADER_FIELDS = ['customerAccount', 'asyncCustomerAccount', 'name', 'customerGroup', 'email', 'phone'] as const;
const ADDRESS_FIELDS = ['street', 'city', 'zipCode', 'countryRegionId'] as const;
export const ATTRIBUTE_FIELD_PREFIX = 'attribute:';

/** A value's term, or the start of every term that starts with it: "field, VALUE IN CAPITALS". */
export const searchTerm = (field: string, value: string): string => `${field}${SEPARATOR}${value.toUpperCase()}`;
/** The term of the operations in a status: apart from every field's. */
export const statusTerm = (status: string): string => `\u0000status${SEPARATOR}${status}`;
/** The key range of the terms that start with the term (and, for an exact match, of that term alone). */
export const termRange = (term: string, exact: boolean): [TermKey, TermKey] => [[term, -Infinity, ''], [exact ? term : `${term}\uffff`, Infinity, '\uffff']];

type Header = Record<(typeof HEADER_FIELDS)[number] | 'storeId' | 'operationId' | 'operationTimestamp' | 'status', string | null>;
type Address = Record<(typeof ADDRESS_FIELDS)[number], string>;
interface Attribute { operationId: string; name: string; newValue: string }

function termKeysOf(header: Header, address: Address | undefined, attributes: readonly Attribute[]): TermKey[] {
  const values: [string, string | null | undefined][] = [
    ...HEADER_FIELDS.map((field): [string, string | null] => [field, header[field]]),
    ['storeId', header.storeId],
    ...ADDRESS_FIELDS.map((field): [string, string | undefined] => [field, address?.[field]]),
    // One value per attribute, the last.
    ...new Map(attributes.map((a) => [`${ATTRIBUTE_FIELD_PREFIX}${a.name}`, a.newValue])),
  ];
  const terms = new Set(values.flatMap(([field, value]) => (typeof value === 'string' && value !== '' ? [searchTerm(field, value)] : [])));
  const ms = Date.parse(String(header.operationTimestamp));
  const time = Number.isFinite(ms) ? ms : 0;
  return [statusTerm(String(header.status)), ...terms].map((term): TermKey => [term, time, String(header.operationId)]);
}

/** How many operations the upgrade holds at a time. */
const PAGE = 2000;

/** The version 9 upgrade: every async customer operation's search terms, a page of operations at a time. */
export async function upgradeToCustomerSearch(tx: Transaction): Promise<void> {
  const headers = tx.table<Header, string>('asyncCustomers');
  const addresses = tx.table<Address, string>('asyncAddresses');
  const attributes = tx.table<Attribute, number>('asyncAttributes');
  const terms = tx.table<0, TermKey>(CUSTOMER_TERMS);
  let after: IndexableType = Dexie.minKey;
  for (;;) {
    const page: Header[] = await headers.where(':id').above(after).limit(PAGE).toArray();
    if (page.length === 0) return;
    const ids = page.map((op) => String(op.operationId));
    const [addressRows, attributeRows] = await Promise.all([addresses.bulkGet(ids), attributes.where('operationId').anyOf(ids).toArray()]);
    const attributesOf = new Map<string, Attribute[]>();
    for (const a of attributeRows) attributesOf.set(a.operationId, [...(attributesOf.get(a.operationId) ?? []), a]);
    const keys = [...new Map(page.flatMap((header, i) => termKeysOf(header, addressRows[i], attributesOf.get(ids[i]!) ?? [])).map((key) => [JSON.stringify(key), key])).values()];
    // Dexie's types know no keys made of arrays of different types; IndexedDB does.
    if (keys.length) await terms.bulkPut(keys.map(() => 0 as const), keys as unknown as IndexableTypeArrayReadonly);
    after = ids[ids.length - 1]!;
  }
}
