import { describe, expect, it } from 'vitest';
import { isCountedField, operationTime } from '../../shared/customers/customer-search';
import type { HqDatabase } from '../../shared/db/hq-database';
import type { ChannelCustomerOperation, CoreValues } from '../../shared/customers/customers';
import { asyncWriteTables, storeUploadedOperations } from '../../shared/customers/async-customer-operation';
import { queryCustomerOperations, queryCustomerOperationsPage, type CustomerOperationFilter } from '../../shared/customers/customer-operations';
import { memoryDatabase } from '../support/memory-database';
import { edit, runJob, uploadedCustomers } from '../support/customers';

const EMPTY: CoreValues = { name: '', email: '', phone: '', customerGroup: '', street: '', city: '', zipCode: '', countryRegionId: '' };
const T = '2026-11-23T10:00:00.000Z';

const operation = (operationId: string, operationTimestamp: string): ChannelCustomerOperation => ({
  operationId, channelDatabaseId: 'FAB-CDB', seq: 1, storeId: 'FAB', operation: 'Create', asyncCustomerAccount: `ASYNC-${operationId}`, customerAccount: null,
  operationTimestamp, values: { ...EMPTY, name: 'Emma Holm', city: 'Oslo' }, oldValues: EMPTY, attributes: [{ name: 'Loyalty tier', oldValue: '', newValue: 'Gold' }], affiliations: [],
});

const store = (db: HqDatabase, ids: string[], at = T) =>
  db.transaction('rw', asyncWriteTables(db), () => storeUploadedOperations(db, ids.map((id) => operation(id, at))));

const STATUS = (status: string) => `\u0000status | ${status}`;

/** The search's terms of one operation, without its time and id. */
const termsOf = async (db: HqDatabase, operationId: string) =>
  (await db.asyncCustomerTerms.toCollection().primaryKeys()).filter(([, , id]) => id === operationId).map(([term]) => term.replaceAll('\u0001', ' | '));

/** The counts the search keeps of the counted fields' values are those of its keys, by status and value. */
async function expectCountsOfKeys(db: HqDatabase): Promise<void> {
  const keys = await db.asyncCustomerTerms.toCollection().primaryKeys();
  const statusKey = '\u0000status\u0001';
  const statusOf = new Map(keys.filter(([term]) => term.startsWith(statusKey)).map(([term, , id]) => [id, term.slice(statusKey.length)]));
  const ofKeys = new Map<string, number>();
  for (const [term, , id] of keys) {
    const key = JSON.stringify([statusOf.get(id), term]);
    if (isCountedField(term.split('\u0001')[0]!)) ofKeys.set(key, (ofKeys.get(key) ?? 0) + 1);
  }
  const countKeys = await db.asyncCustomerTermCounts.toCollection().primaryKeys();
  const counts = await db.asyncCustomerTermCounts.toArray();
  expect(new Map(countKeys.map((key, i) => [JSON.stringify(key), counts[i]]))).toEqual(ofKeys);
  expect(ofKeys.size).toBeGreaterThan(0);
}

describe('Customer synchronization status search', () => {
  it('keeps each operation findable by every field, in capitals, and by its status, its time and id in each key', async () => {
    const db = memoryDatabase();
    await store(db, ['OP-A']);
    expect(await termsOf(db, 'OP-A')).toEqual(expect.arrayContaining([
      'name | EMMA HOLM', 'city | OSLO', 'attribute:Loyalty tier | GOLD', 'storeId | FAB', 'asyncCustomerAccount | ASYNC-OP-A', STATUS('Pending'),
    ]));
    expect((await db.asyncCustomerTerms.toCollection().primaryKeys()).every(([, time, id]) => time === operationTime(T) && id === 'OP-A')).toBe(true);
  });

  it('finds an attribute an operation holds twice by its last value, the one the list shows, and counts the operation once', async () => {
    const db = memoryDatabase();
    const twice: ChannelCustomerOperation = { ...operation('OP-A', T), attributes: [{ name: 'Loyalty tier', oldValue: '', newValue: 'Gold' }, { name: 'Loyalty tier', oldValue: '', newValue: 'Gone' }] };
    await db.transaction('rw', asyncWriteTables(db), () => storeUploadedOperations(db, [twice]));
    expect((await termsOf(db, 'OP-A')).filter((t) => t.startsWith('attribute:'))).toEqual(['attribute:Loyalty tier | GONE']);
    const [row] = await queryCustomerOperations(db, { field: 'attribute:Loyalty tier', value: 'go', status: 'all' });
    expect(row!.attributes['Loyalty tier']).toBe('Gone');
    expect(await db.asyncCustomerTermCounts.get(['Pending', 'attribute:Loyalty tier\u0001GONE'])).toBe(1);
    await expectCountsOfKeys(db);
  });

  it('moves the status and the values with the operation: edited, synchronized, failed', async () => {
    const { db, engine } = await uploadedCustomers();
    await edit(engine, 'OP-C0003', 'city', 'Tromsø');
    const edited = await termsOf(db, 'OP-C0003');
    expect(edited.filter((t) => t.startsWith('city | '))).toEqual(['city | TROMSØ']);
    expect(await db.asyncCustomerTermCounts.get(['Pending', 'city\u0001TROMSØ'])).toBe(1);
    await expectCountsOfKeys(db);
    await runJob(engine, 'synchronize-customers');
    await expectCountsOfKeys(db);
    const [succeeded, failed] = [await db.asyncCustomers.where('status').equals('Succeeded').first(), await db.asyncCustomers.where('status').equals('Failed').first()];
    for (const [header, status] of [[succeeded!, 'Succeeded'], [failed!, 'Failed']] as const) {
      const terms = await termsOf(db, header.operationId);
      expect(terms.length).toBeGreaterThan(5);
      expect(terms.filter((t) => t.startsWith(STATUS('')))).toEqual([STATUS(status)]);
    }
    const name = succeeded!.name.slice(0, 3);
    expect((await queryCustomerOperations(db, { field: 'name', value: name, status: 'Pending' })).map((r) => r.header.operationId)).not.toContain(succeeded!.operationId);
    expect((await queryCustomerOperations(db, { field: 'name', value: name, status: 'Succeeded' })).map((r) => r.header.operationId)).toContain(succeeded!.operationId);
  });

  it('pages operations of one time by operation id either way round, across page edges, as the export has them', async () => {
    const db = memoryDatabase();
    await store(db, ['OP-B', 'OP-D']);
    await store(db, ['OP-A', 'OP-C']);
    await store(db, ['OP-E'], '2026-11-23T10:00:00.001Z');
    for (const filter of [{ field: 'name', value: 'emma', status: 'all' }, { field: 'attribute:Loyalty tier', value: 'GOL', status: 'Pending' }] satisfies CustomerOperationFilter[]) {
      const exported = (await queryCustomerOperations(db, filter)).map((r) => r.header.operationId);
      expect(exported).toEqual(['OP-E', 'OP-D', 'OP-C', 'OP-B', 'OP-A']);
      for (const descending of [true, false]) {
        const pages = [];
        for (let page = 0; page < 3; page++) {
          const { rows, total } = await queryCustomerOperationsPage(db, filter, { page, pageSize: 2, descending });
          expect(total).toBe(5);
          pages.push(...rows.map((r) => r.header.operationId));
        }
        expect(pages).toEqual(descending ? exported : [...exported].reverse());
      }
    }
    expect(await queryCustomerOperations(db, { field: 'name', value: 'emma', status: 'Failed' })).toEqual([]);
  });
});
