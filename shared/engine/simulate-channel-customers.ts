import type { HqDatabase } from '../db/hq-database';
import type { ChannelCustomerOperation, CoreValues } from '../domain/customers';
import type { RunCounts } from '../domain/job-runs';
import { asyncCustomerAccount, attributesFor, newNames, valuesFor } from '../demo/demo-customers';
import { createRandom } from '../demo/prng';
import { nextReplicationSeq } from './replication-counter';
import { withCustomerFault, type CustomerFault } from '../demo/channel-faults';

const EMPTY: CoreValues = { name: '', email: '', phone: '', customerGroup: '', street: '', city: '', zipCode: '', countryRegionId: '' };

/**
 * The channel simulator for customers. Creations are always asynchronous: each new customer gets
 * an Async customer account in its channel. Edits are asynchronous only where the channel acts on
 * "Enable editing customers in asynchronous mode"; elsewhere the channel calls HQ in real time.
 * With a fault, each recorded operation carries that kind of bad data.
 * Returns counts: succeeded = recorded as async operations, skipped = made as real-time calls.
 */
export async function simulateCustomerOperations(db: HqDatabase, kind: 'create' | 'edit', count: number, now: Date, fault: CustomerFault | null = null): Promise<RunCounts> {
  const record = (op: ChannelCustomerOperation) => db.channelCustomerOperations.add(fault ? withCustomerFault(op, fault) : op);
  const tables = [db.stores, db.channelDatabases, db.channelCustomerOperations, db.channelCustomers, db.customers];
  return db.transaction('rw', tables, async () => {
    const stores = await db.stores.orderBy('id').toArray();
    const random = createRandom((await db.channelCustomerOperations.count()) + 7);
    const customers = kind === 'edit' ? await db.customers.toArray() : [];
    const counts: RunCounts = { processed: 0, succeeded: 0, failed: 0, skipped: 0 };
    for (let i = 0; i < count; i++) {
      const store = random.pick(stores);
      const operationTimestamp = new Date(now.getTime() + i).toISOString();
      const base = { channelDatabaseId: store.channelDatabaseId, storeId: store.id, operationTimestamp, affiliations: [] as string[] };
      counts.processed += 1;
      if (kind === 'create') {
        const name = `${random.pick(newNames).split(' ')[0]} ${random.pick(newNames).split(' ')[1]}`;
        // Named by the channel's replication counter, which only ever grows: unique whatever else happened.
        const seq = await nextReplicationSeq(db, store.channelDatabaseId);
        const account = asyncCustomerAccount(store.id, seq);
        const op: ChannelCustomerOperation = {
          ...base, operationId: `OP-${store.channelDatabaseId}-${seq}`, seq,
          operation: 'Create', asyncCustomerAccount: account, customerAccount: null, values: valuesFor(seq, name), oldValues: EMPTY,
          attributes: Object.entries(attributesFor(seq)).map(([a, v]) => ({ name: a, oldValue: '', newValue: v })),
        };
        await record(op);
        await db.channelCustomers.add({ key: `${store.channelDatabaseId}:${account}`, channelDatabaseId: store.channelDatabaseId, customerAccount: account, asyncCustomerAccount: account, name });
        counts.succeeded += 1;
        continue;
      }
      const customer = random.pick(customers);
      const phone = `+47 4${String(1000000 + random.int(0, 8999999)).slice(-7)}`;
      const database = (await db.channelDatabases.get(store.channelDatabaseId))!;
      if (!database.appliedFeatures['async-customer-editing']) {
        Object.assign(customer, { phone, modifiedAt: operationTimestamp }); // later edits in this batch see it
        await db.customers.update(customer.customerAccount, { phone, modifiedAt: operationTimestamp });
        await db.channelDatabases.update(database.id, { realTimeCalls: database.realTimeCalls + 1 });
        counts.skipped += 1;
        continue;
      }
      const { customerAccount, attributes, affiliations, createdAt: _c, modifiedAt: _m, ...oldValues } = customer;
      const seq = await nextReplicationSeq(db, store.channelDatabaseId);
      await record({
        ...base, affiliations, operationId: `OP-${store.channelDatabaseId}-${seq}`, seq,
        operation: 'Update', asyncCustomerAccount: null, customerAccount, values: { ...oldValues, phone }, oldValues,
        attributes: Object.entries(attributes).map(([a, v]) => ({ name: a, oldValue: v, newValue: v })),
      });
      counts.succeeded += 1;
    }
    return counts;
  });
}
