import { Dexie, type EntityTable } from 'dexie';
import type { ChannelDatabase, ChannelDatabaseGroup, Region, Store } from '../domain/organization';
import type { ChannelTransaction, HqTransaction } from '../domain/transactions';
import type { SalesOrder, SalesOrderPayment } from '../domain/sales-orders';
import type { AccountStructure, NumberSequence, PaymentService } from '../domain/configuration';
import type { JobRun } from '../domain/job-runs';
import type { UploadSession } from '../domain/upload-sessions';
import type {
  AsyncAddress, AsyncAffiliation, AsyncAttribute, AsyncContact, AsyncCustomer, ChannelCustomer, ChannelCustomerOperation,
  Customer, CustomerAttributeDefinition, CustomerEdit, CustomerGroup,
} from '../domain/customers';
import type { FeatureState } from '../domain/features';

/** How far P-0001 has read each channel database's replication counter. */
export interface UploadWatermark {
  channelDatabaseId: string;
  lastSeq: number;
}

export const HQ_DATABASE_NAME = 'sync-console-hq';

/**
 * The headquarters simulation and the channel databases it reads from, in one IndexedDB
 * database. Each schema change is a new version(n) with its upgrade; old versions stay as written.
 */
export class HqDatabase extends Dexie {
  regions!: EntityTable<Region, 'id'>;
  stores!: EntityTable<Store, 'id'>;
  channelDatabaseGroups!: EntityTable<ChannelDatabaseGroup, 'id'>;
  channelDatabases!: EntityTable<ChannelDatabase, 'id'>;
  channelTransactions!: EntityTable<ChannelTransaction, 'transactionId'>;
  uploadWatermarks!: EntityTable<UploadWatermark, 'channelDatabaseId'>;
  transactions!: EntityTable<HqTransaction, 'transactionId'>;
  salesOrders!: EntityTable<SalesOrder, 'salesOrderId'>;
  salesOrderPayments!: EntityTable<SalesOrderPayment, 'id'>;
  numberSequences!: EntityTable<NumberSequence, 'code'>;
  paymentServices!: EntityTable<PaymentService, 'id'>;
  accountStructures!: EntityTable<AccountStructure, 'id'>;
  jobRuns!: EntityTable<JobRun, 'id'>;
  uploadSessions!: EntityTable<UploadSession, 'id'>;
  customers!: EntityTable<Customer, 'customerAccount'>;
  customerGroups!: EntityTable<CustomerGroup, 'id'>;
  customerAttributeDefinitions!: EntityTable<CustomerAttributeDefinition, 'name'>;
  channelCustomerOperations!: EntityTable<ChannelCustomerOperation, 'operationId'>;
  channelCustomers!: EntityTable<ChannelCustomer, 'key'>;
  /** RETAILASYNCCUSTOMERV2 */
  asyncCustomers!: EntityTable<AsyncCustomer, 'operationId'>;
  /** RETAILASYNCADDRESSV2 */
  asyncAddresses!: EntityTable<AsyncAddress, 'operationId'>;
  /** RETAILASYNCCUSTOMERCONTACT */
  asyncContacts!: EntityTable<AsyncContact, 'id'>;
  /** RETAILASYNCCUSTOMERAFFILIATION */
  asyncAffiliations!: EntityTable<AsyncAffiliation, 'id'>;
  /** RETAILASYNCCUSTOMERATTRIBUTEV2 */
  asyncAttributes!: EntityTable<AsyncAttribute, 'id'>;
  customerEdits!: EntityTable<CustomerEdit, 'id'>;
  features!: EntityTable<FeatureState, 'id'>;

  constructor(name = HQ_DATABASE_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    // Sales orders and payments are money: Chromium's default relaxed durability could lose
    // the last committed write on power loss.
    super(name, { ...options, chromeTransactionDurability: 'strict' });
    this.version(1).stores({
      regions: 'id',
      stores: 'id, regionId, kind',
      channelDatabaseGroups: 'id',
      channelDatabases: 'id, groupId',
      channelTransactions: 'transactionId, [channelDatabaseId+seq]',
      uploadWatermarks: 'channelDatabaseId',
      transactions:
        'transactionId, [kind+transDate], [kind+pendingOrderStatus+transDate], [storeId+transDate], [storeId+pendingOrderStatus+transDate], channelReferenceId, receiptNumber, customerAccount, pendingOrderStatus, storeId',
      salesOrders: 'salesOrderId, &transactionId',
      salesOrderPayments: '++id, salesOrderId, transactionId',
      numberSequences: 'code',
      paymentServices: 'id',
      accountStructures: 'id',
      jobRuns: '++id, jobId, status, startedAt',
      uploadSessions: '++id, runId, [channelDatabaseId+status]',
      customers: 'customerAccount',
      customerGroups: 'id',
      customerAttributeDefinitions: 'name',
      channelCustomerOperations: 'operationId, [channelDatabaseId+seq]',
      channelCustomers: 'key, channelDatabaseId, asyncCustomerAccount',
      asyncCustomers: 'operationId, asyncCustomerAccount, customerAccount, status, operationTimestamp',
      asyncAddresses: 'operationId',
      asyncContacts: '++id, operationId',
      asyncAffiliations: '++id, operationId',
      asyncAttributes: '++id, operationId',
      customerEdits: '++id, operationId',
      features: 'id',
    });
  }
}
