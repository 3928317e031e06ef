import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { HqDatabase } from '../../shared/db/hq-database';
import { loadOperations } from '../../shared/customers/async-customer-operation';
import { simulateCustomerOperations } from '../../shared/channel/simulator/simulate-channel-customers';
import { runJob, uploadedCustomers } from '../support/customers';

/**
 * A chunk's customer operations are read a range of ids at a time where their ids differ only in
 * their trailing number (one channel database's counter) and lie close together, operation by
 * operation where they are scattered. Either way each operation must read as it does alone: its
 * header, address and lines, none of another operation's, lines in the order stored.
 */
let db: HqDatabase;
let ids: string[] = [];

beforeAll(async () => {
  const uploaded = await uploadedCustomers();
  db = uploaded.db;
  // Enough operations that a channel database's counter passes from two digits to three.
  await uploaded.engine.execute({ type: 'simulateCustomerOperations', kind: 'create', count: 300, fault: null });
  await runJob(uploaded.engine, 'P-0001');
  ids = await db.asyncCustomers.toCollection().primaryKeys();
}, 30_000);

const alone = async (id: string) => {
  const header = await db.asyncCustomers.get(id);
  return header && {
    header, address: await db.asyncAddresses.get(id),
    contacts: await db.asyncContacts.where('operationId').equals(id).sortBy('id'),
    affiliations: await db.asyncAffiliations.where('operationId').equals(id).sortBy('id'),
    attributes: await db.asyncAttributes.where('operationId').equals(id).sortBy('id'),
  };
};

const expectAsAlone = async (wanted: string[]) => expect(await loadOperations(db, wanted)).toEqual(await Promise.all(wanted.map(alone)));

/** Each channel database's operation ids, in the order of their numbers. */
function counters(): string[][] {
  const byPrefix = new Map<string, string[]>();
  for (const id of ids) byPrefix.set(id.replace(/\d+$/, ''), [...(byPrefix.get(id.replace(/\d+$/, '')) ?? []), id]);
  const numberOf = (id: string) => Number(/\d+$/.exec(id)![0]);
  return [...byPrefix.values()].map((counter) => counter.sort((a, b) => numberOf(a) - numberOf(b)));
}

describe('reading a chunk of customer operations', () => {
  it('a channel database\'s operations in a row, their numbers growing a digit, read as each alone, an id HQ lacks among them as missing', async () => {
    const counter = counters().find((c) => c.some((id) => /-\d{2}$/.test(id)) && c.some((id) => /-\d{3}$/.test(id)))!;
    const firstLong = counter.findIndex((id) => /-\d{3}$/.test(id));
    expect(firstLong).toBeGreaterThan(2);
    await expectAsAlone([...counter.slice(firstLong - 3, firstLong + 8), `${counter[firstLong]}0000`]);
  });

  it('the first and last operations of a channel database, the others not wanted, and one named twice', async () => {
    const counter = counters().reduce((a, b) => (b.length > a.length ? b : a));
    expect(counter.length).toBeGreaterThan(2 * 3);
    await expectAsAlone([counter[counter.length - 1]!, counter[0]!, counter[0]!]);
  });

  it('any operations, in any order, named twice or not in HQ, read as each alone', async () => {
    await fc.assert(fc.asyncProperty(
      fc.array(fc.record({ at: fc.nat(), missing: fc.boolean() }), { minLength: 1, maxLength: 40 }),
      async (picks) => {
        await expectAsAlone(picks.map(({ at, missing }) => `${ids[at % ids.length]!}${missing ? '9' : ''}`));
      },
    ), { numRuns: 30 });
  });

  it('a channel\'s operations recorded in two batches at the same moment rise in time with their numbers, as the job takes them', async () => {
    const at = new Date('2026-11-24T09:00:00Z');
    const before = new Set(await db.channelCustomerOperations.toCollection().primaryKeys());
    for (let batch = 0; batch < 2; batch++) await simulateCustomerOperations(db, 'create', 50, at);
    const operations = (await db.channelCustomerOperations.toArray()).filter((op) => !before.has(op.operationId));
    for (const database of new Set(operations.map((op) => op.channelDatabaseId))) {
      const times = operations.filter((op) => op.channelDatabaseId === database).sort((a, b) => a.seq - b.seq).map((op) => op.operationTimestamp);
      expect(times).toEqual([...times].sort());
    }
  });
});
