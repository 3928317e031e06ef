import type { HqDatabase } from '../../db/hq-database';
import type { ChannelCustomer, ChannelCustomerOperation, CoreValues, Customer } from '../../customers/customers';
import type { RunCounts } from '../../runner/job-runs';
import { asyncCustomerAccount, attributesFor, newNames, valuesFor } from './shopper-details';
import { createRandom } from '../../platform/prng';
import { withCustomerFault, type CustomerFault } from './channel-faults';
import { UserFacingError } from '../../platform/user-facing-error';
import { batchTimes } from './batch-times';

const EMPTY: CoreValues = { name: '', email: '', phone: '', customerGroup: '', street: '', city: '', zipCode: '', countryRegionId: '' };

/**
 * The channel simulator for customers. Creations are always asynchronous: each new customer gets
 * an Async customer account in its channel. Edits are asynchronous only where the channel acts on
 * "Enable editing customers in asynchronous mode"; elsewhere the channel calls HQ in real time.
 * With a fault, each recorded operation carries that kind of bad data.
 * The channel databases (their replication counters) are read once and written back once, and
 * what is recorded is written with one bulk write per table, so recording takes as long whatever
 * the number recorded before.
 * Returns counts: succeeded = recorded as async operations, skipped = made as real-time calls.
 */
export async function simulateCustomerOperations(db: HqDatabase, kind: 'create' | 'edit', count: number, now: Date, fault: CustomerFault | null = null): Promise<RunCounts> {
  const tables = [db.stores, db.channelDatabases, db.channelCustomerOperations, db.channelCustomers, db.customers];
  return db.transaction('rw', tables, async () => {
    const stores = await db.stores.orderBy('id').toArray();
    const random = createRandom((await db.channelCustomerOperations.count()) + 7);
    const databases = new Map((await db.channelDatabases.toArray()).map((d) => [d.id, { ...d }]));
    const customers = kind === 'edit' ? await db.customers.toArray() : [];
    const databaseOf = (id: string) => {
      const database = databases.get(id);
      if (!database) throw new UserFacingError(`Channel database ${id} does not exist.`);
      return database;
    };
    const operations: ChannelCustomerOperation[] = [];
    const channelCustomers: ChannelCustomer[] = [];
    /** Customers changed by real-time calls, by account: one changed twice is written once. */
    const calledIn = new Map<string, Customer>();
    const counts: RunCounts = { processed: 0, succeeded: 0, failed: 0, skipped: 0 };
    // A second batch recorded right after the first comes after it in time too, as in a real
    // channel: its operations' numbers (the replication counter) and times rise together, up to now.
    const latest = Math.max(...[...databases.values()].map((d) => (d.lastCustomerOperationAt ? Date.parse(d.lastCustomerOperationAt) + 1 : 0)));
    const timeOf = batchTimes(count, now.getTime(), latest, 1, 1);
    for (let i = 0; i < count; i++) {
      const store = random.pick(stores);
      const operationTimestamp = new Date(timeOf(i)).toISOString();
      databaseOf(store.channelDatabaseId).lastCustomerOperationAt = operationTimestamp;
      const base = { channelDatabaseId: store.channelDatabaseId, storeId: store.id, operationTimestamp, affiliations: [] as string[] };
      counts.processed += 1;
      if (kind === 'create') {
        const name = `${random.pick(newNames).split(' ')[0]} ${random.pick(newNames).split(' ')[1]}`;
        // Named by the channel's replication counter, which only ever grows: unique whatever else happened.
        const seq = ++databaseOf(store.channelDatabaseId).replicationCounter;
        const account = asyncCustomerAccount(store.id, seq);
        operations.push({
          ...base, operationId: `OP-${store.channelDatabaseId}-${seq}`, seq,
          operation: 'Create', asyncCustomerAccount: account, customerAccount: null, values: valuesFor(seq, name), oldValues: EMPTY,
          attributes: Object.entries(attributesFor(seq)).map(([a, v]) => ({ name: a, oldValue: '', newValue: v })),
        });
        channelCustomers.push({ key: `${store.channelDatabaseId}:${account}`, channelDatabaseId: store.channelDatabaseId, customerAccount: account, asyncCustomerAccount: account, name });
        counts.succeeded += 1;
        continue;
      }
      const customer = random.pick(customers);
      const phone = `+47 4${String(1000000 + random.int(0, 8999999)).slice(-7)}`;
      const database = databaseOf(store.channelDatabaseId);
      if (!database.appliedFeatures['async-customer-editing']) {
        Object.assign(customer, { phone, modifiedAt: operationTimestamp }); // later edits in this batch see it
        calledIn.set(customer.customerAccount, customer);
        database.realTimeCalls += 1;
        counts.skipped += 1;
        continue;
      }
      const { customerAccount, attributes, affiliations, createdAt: _c, modifiedAt: _m, ...oldValues } = customer;
      const seq = ++database.replicationCounter;
      operations.push({
        ...base, affiliations, operationId: `OP-${store.channelDatabaseId}-${seq}`, seq,
        operation: 'Update', asyncCustomerAccount: null, customerAccount, values: { ...oldValues, phone }, oldValues,
        attributes: Object.entries(attributes).map(([a, v]) => ({ name: a, oldValue: v, newValue: v })),
      });
      counts.succeeded += 1;
    }
    await Promise.all([
      db.channelDatabases.bulkPut([...databases.values()]),
      db.channelCustomerOperations.bulkAdd(operations.map((op) => (fault ? withCustomerFault(op, fault) : op))),
      db.channelCustomers.bulkAdd(channelCustomers),
      db.customers.bulkPut([...calledIn.values()]),
    ]);
    return counts;
  });
}
