import type { HqDatabase } from '../db/hq-database';
import type { ChannelCustomer, ChannelCustomerOperation } from '../customers/customers';
import type { FeatureFlags } from '../configuration/features';
import type { ChannelTransactionRecord } from '../channel/channel-records';
import { buildTransaction, type TransactionSketch } from '../channel/simulator/build-transaction';
import { withTransactionFault, type TransactionFault } from '../channel/simulator/channel-faults';
import { demoCurrencies, demoItems, demoTenderTypes } from './demo-catalog';
import {
  demoAttributeDefinitions, demoCountryRegions, demoCustomerGroups, demoCustomerOperations, demoCustomerSequence,
  demoFeatures, demoHqCustomers, FAILING_OPERATIONS,
} from './demo-customers';
import {
  demoAccountStructures, demoChannelDatabaseGroups, demoChannelDatabases, demoNumberSequences,
  demoPaymentServices, demoRegions, demoStores,
} from './demo-organization';
import { sketchTransaction } from '../channel/simulator/generate-transaction';
import { createRandom } from '../platform/prng';
import { demoCrm } from './demo-crm';
import { demoChannelCatalog, demoParameters } from './demo-parameters';

export const DEMO_SEED = 20261101;
const TRANSACTIONS_PER_STORE = { online: 60, pos: 90 } as const;
const PERIOD_START = Date.UTC(2026, 10, 1, 8);
const PERIOD_DAYS = 20;
export const SEEDED_AT = new Date(PERIOD_START - 86_400_000).toISOString();

/** The demo channel transactions, ordered by date, with per-database replication counters. */
export function demoChannelSketches(): TransactionSketch[] {
  const random = createRandom(DEMO_SEED);
  const slots = demoStores.flatMap((store) =>
    Array.from({ length: TRANSACTIONS_PER_STORE[store.kind] }, () => ({
      store,
      time: PERIOD_START + Math.floor(random.next() * PERIOD_DAYS * 86_400_000),
    })),
  );
  slots.sort((a, b) => a.time - b.time || a.store.id.localeCompare(b.store.id));
  const seqByDatabase = new Map<string, number>();
  const numberByStore = new Map<string, number>();
  return slots.map(({ store, time }) => {
    const seq = (seqByDatabase.get(store.channelDatabaseId) ?? 0) + 1;
    const number = (numberByStore.get(store.id) ?? 0) + 1;
    seqByDatabase.set(store.channelDatabaseId, seq);
    numberByStore.set(store.id, number);
    return sketchTransaction(random, { store, seq, number, transDate: new Date(time) }, demoChannelCatalog);
  });
}

/**
 * Bad data the channels sent, so the tour meets the fourth error family (the transaction's own
 * data) beside the three of configuration: one online order of each of these kinds.
 */
export const DEMO_DATA_FAULTS: readonly { transactionId: string; fault: TransactionFault }[] = [
  { transactionId: 'FAB-W-000007', fault: 'quantityMissing' },
  { transactionId: 'ADV-W-000011', fault: 'paymentsDoNotAddUp' },
  { transactionId: 'NOR-W-000015', fault: 'unknownItem' },
  { transactionId: 'FAB-W-000023', fault: 'shippingWithoutAddress' },
];

interface DemoChannelData {
  transactions: ChannelTransactionRecord[];
  operations: ChannelCustomerOperation[];
  channelCustomers: ChannelCustomer[];
  replicationCounters: Map<string, number>;
}

/**
 * Everything the channel databases hold: transactions, then the customers created and edited
 * offline (numbered after the transactions in each database). A few shoppers created offline
 * go on to order under their async account, so Synchronize orders meets them.
 */
function demoChannelData(): DemoChannelData {
  const sketches = demoChannelSketches();
  const counters = new Map<string, number>();
  for (const t of sketches) counters.set(t.channelDatabaseId, Math.max(counters.get(t.channelDatabaseId) ?? 0, t.seq));
  const operations = demoCustomerOperations(demoStores, demoHqCustomers(SEEDED_AT), PERIOD_START, PERIOD_DAYS).map((op) => {
    const seq = (counters.get(op.channelDatabaseId) ?? 0) + 1;
    counters.set(op.channelDatabaseId, seq);
    return { ...op, seq };
  });
  const failing = new Set<string>(FAILING_OPERATIONS);
  for (const op of operations) {
    if (op.operation !== 'Create' || failing.has(op.operationId)) continue;
    const order = sketches.find((t) => t.key.store === op.storeId && t.channelReferenceId && t.at.toISOString() > op.operationTimestamp && !t.custAccountAsync);
    if (order) Object.assign(order, { custAccount: null, custAccountAsync: op.asyncCustomerAccount });
  }
  const faults = new Map(DEMO_DATA_FAULTS.map((f) => [f.transactionId, f.fault]));
  const transactions = sketches.map((sketch) => {
    const bundle = buildTransaction(sketch);
    const fault = faults.get(sketch.key.transactionId);
    return { channelDatabaseId: sketch.channelDatabaseId, seq: sketch.seq, tables: fault ? withTransactionFault(bundle, fault) : bundle };
  });
  const channelCustomers = operations.filter((op) => op.operation === 'Create').map((op) => ({
    key: `${op.channelDatabaseId}:${op.asyncCustomerAccount}`, channelDatabaseId: op.channelDatabaseId,
    customerAccount: op.asyncCustomerAccount!, asyncCustomerAccount: op.asyncCustomerAccount, name: op.values.name,
  }));
  return { transactions, operations, channelCustomers, replicationCounters: counters };
}

/** The CRM beside the demo HQ, its couplings and the CUSTOMER mapping (demo-crm.ts). */
async function seedDemoCrm(db: HqDatabase): Promise<void> {
  const crm = demoCrm(demoHqCustomers(SEEDED_AT), SEEDED_AT);
  await db.crmAccounts.bulkAdd(crm.accounts);
  await db.crmCouplings.bulkAdd(crm.couplings);
  await db.integrationTableMappings.add(crm.mapping);
}

/** Seeds company USRT into an empty database; returns false (and writes nothing) otherwise. */
export async function seedDemoData(db: HqDatabase): Promise<boolean> {
  const { transactions, operations, channelCustomers, replicationCounters } = demoChannelData();
  const flags = Object.fromEntries(demoFeatures.map((f) => [f.id, f.enabled])) as FeatureFlags;
  return db.transaction('rw', db.tables, async () => {
    if ((await db.regions.count()) > 0) {
      // A demo seeded before coupled records existed gets its CRM once (the mapping marks it done).
      if (!(await db.integrationTableMappings.count())) await seedDemoCrm(db);
      return false;
    }
    await db.regions.bulkAdd(demoRegions);
    await db.stores.bulkAdd(demoStores);
    await db.channelDatabaseGroups.bulkAdd(demoChannelDatabaseGroups);
    await db.channelDatabases.bulkAdd(demoChannelDatabases(flags).map((d) => ({ ...d, replicationCounter: replicationCounters.get(d.id) ?? 0 })));
    await db.numberSequences.bulkAdd([...demoNumberSequences, demoCustomerSequence]);
    await db.paymentServices.bulkAdd(demoPaymentServices);
    await db.accountStructures.bulkAdd(demoAccountStructures);
    await db.customerGroups.bulkAdd(demoCustomerGroups);
    await db.customerAttributeDefinitions.bulkAdd(demoAttributeDefinitions);
    await db.customers.bulkAdd(demoHqCustomers(SEEDED_AT));
    await db.features.bulkAdd(demoFeatures);
    await db.items.bulkAdd(demoItems);
    await db.tenderTypes.bulkAdd(demoTenderTypes);
    await db.currencies.bulkAdd(demoCurrencies);
    await db.countryRegions.bulkAdd(demoCountryRegions);
    await db.hqParameters.add(demoParameters);
    await db.channelTransactionRecords.bulkAdd(transactions);
    await db.channelCustomerOperations.bulkAdd(operations);
    await db.channelCustomers.bulkAdd(channelCustomers);
    await seedDemoCrm(db);
    return true;
  });
}
