import type { RefreshConflict } from '../pull/refresh-conflict';
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { ChannelDatabase, ChannelDatabaseGroup, Region, Store } from '../configuration/organization';
import type { SalesOrder, SalesOrderPayment } from '../orders/sales-orders';
import type { AccountStructure, NumberSequence, PaymentService } from '../configuration/configuration';
import type {
  CountryRegion, Currency, CustomerAttributeDefinition, CustomerGroup, HqParameters, ReleasedProduct, TenderType,
} from '../master-data/master-data';
import type { JobRun } from '../runner/job-runs';
import type { UploadSession, UploadSetAside } from '../channel/upload/upload-sessions';
import type { AsyncAddress, AsyncAffiliation, AsyncAttribute, AsyncContact, AsyncCustomer, ChannelCustomer, Customer, CustomerEdit } from '../customers/customers';
import type { FeatureState } from '../configuration/features';
import type { ChannelCustomerOperationRecord, ChannelTransactionRecord } from '../channel/channel-records';
import type { LineRow, RetailTransactionHeader, TransactionKeyTuple } from '../orders/transaction-entities';
import { KEY_INDEX, RETAIL_TRANSACTION_LINE_TABLES } from './retail-transaction-tables';
import type { AuditNote, OrderSyncAttempt, RetailTransactionOrderStatus, TransactionEdit } from '../orders/order-status';
import type { CheckFinding, DataCheck } from '../orders/check-data/check-findings';
import { upgradeToRetailTables } from './migrations/v2-retail-tables';
import { WriteWatch } from './write-watch';
import { COUNTED_GROUPS, COUNTED_LISTS } from './counted-groups';
import { listKeysMiddleware } from './list-keys';
import { ROW_LISTS } from './row-lists';
import { KEPT_COUNTS, keptCountsMiddleware, type KeptCount } from './kept-counts';
import { upgradeToKeptCounts } from './migrations/v5-kept-counts';
import { upgradeToVersion7 } from './migrations/v7-filters-in-one-range';
import { upgradeToErrorCauses } from './migrations/v8-error-causes';
import { upgradeToCustomerSearch } from './migrations/v9-customer-search';
import { upgradeToTermCounts } from './migrations/v10-term-counts';
import { upgradeToMasterData } from './migrations/v11-master-data';
import { upgradeDerivedTables } from './migrations/v13-derived-tables';
import { upgradeToCouplingSides } from './migrations/v14-coupling-sides';
import { upgradeToEveryCause } from './migrations/v15-every-cause';
import type { CountKey, TermKey, TermRow } from '../customers/customer-search';
import { keepRunWords } from './run-search-words';
import type { Coupling, CrmAccount, IntegrationSynchJob, IntegrationTableMapping, SynchJobError, SynchLogEntry } from '../coupled-records/coupled-records';
import { readOnlyWhenNewer } from './newer-version';
import { StorageStatus } from './storage-status';

/** How far P-0001 has read each channel database's replication counter. */
export interface UploadWatermark {
  channelDatabaseId: string;
  lastSeq: number;
}

export const HQ_DATABASE_NAME = 'sync-console-hq';

/**
 * The headquarters simulation and the channel databases it reads from, in one IndexedDB
 * database. Each schema change is a new version(n) with its upgrade; old versions stay as written.
 * The rows belong to the features (customers/, orders/, …), named here with `import type` only:
 * nothing of a feature runs beneath the database (docs/architecture.md, "The rooms of shared/").
 */
export class HqDatabase extends Dexie {
  regions!: EntityTable<Region, 'id'>;
  stores!: EntityTable<Store, 'id'>;
  channelDatabaseGroups!: EntityTable<ChannelDatabaseGroup, 'id'>;
  channelDatabases!: EntityTable<ChannelDatabase, 'id'>;
  channelTransactionRecords!: Table<ChannelTransactionRecord, [string, number]>;
  uploadWatermarks!: EntityTable<UploadWatermark, 'channelDatabaseId'>;
  RetailTransactionTable!: Table<RetailTransactionHeader, TransactionKeyTuple>;
  RetailTransactionSalesTrans!: EntityTable<LineRow<'RetailTransactionSalesTrans'>, 'id'>;
  RetailTransactionPaymentTrans!: EntityTable<LineRow<'RetailTransactionPaymentTrans'>, 'id'>;
  RetailTransactionTaxTrans!: EntityTable<LineRow<'RetailTransactionTaxTrans'>, 'id'>;
  RetailTransactionDiscountTrans!: EntityTable<LineRow<'RetailTransactionDiscountTrans'>, 'id'>;
  RetailTransactionMarkupTrans!: EntityTable<LineRow<'RetailTransactionMarkupTrans'>, 'id'>;
  RetailTransactionAddressTrans!: EntityTable<LineRow<'RetailTransactionAddressTrans'>, 'id'>;
  RetailTransactionInfocodeTrans!: EntityTable<LineRow<'RetailTransactionInfocodeTrans'>, 'id'>;
  RetailTransactionAttributeTrans!: EntityTable<LineRow<'RetailTransactionAttributeTrans'>, 'id'>;
  RetailTransactionTaxMeasure!: EntityTable<LineRow<'RetailTransactionTaxMeasure'>, 'id'>;
  RetailTransactionTaxTransGTE!: EntityTable<LineRow<'RetailTransactionTaxTransGTE'>, 'id'>;
  RetailTransactionOrderStatus!: Table<RetailTransactionOrderStatus, TransactionKeyTuple>;
  /** Every attempt to synchronize each transaction's order. */
  orderSyncLog!: EntityTable<OrderSyncAttempt, 'id'>;
  /** Edit and audit transactions: one row per changed field. */
  transactionEdits!: EntityTable<TransactionEdit, 'id'>;
  /** Auditors' notes on transactions. */
  auditNotes!: EntityTable<AuditNote, 'id'>;
  /** Check data in an imported workspace: each transaction that would fail, or on which it and HQ's status disagree. */
  dataCheckFindings!: Table<CheckFinding, TransactionKeyTuple>;
  /** Check data's runs: when, how far, what it found and what it could not judge. */
  dataChecks!: EntityTable<DataCheck, 'id'>;
  /** Rows a refresh from HQ found changed there since they were edited here: HQ's version beside this one (pull/refresh-conflict.ts). */
  refreshConflicts!: EntityTable<RefreshConflict, 'id'>;
  items!: EntityTable<ReleasedProduct, 'itemId'>;
  tenderTypes!: EntityTable<TenderType, 'tenderTypeId'>;
  currencies!: EntityTable<Currency, 'code'>;
  salesOrders!: EntityTable<SalesOrder, 'salesOrderId'>;
  salesOrderPayments!: EntityTable<SalesOrderPayment, 'id'>;
  numberSequences!: EntityTable<NumberSequence, 'code'>;
  paymentServices!: EntityTable<PaymentService, 'id'>;
  accountStructures!: EntityTable<AccountStructure, 'id'>;
  jobRuns!: EntityTable<JobRun, 'id'>;
  uploadSessions!: EntityTable<UploadSession, 'id'>;
  /** Rows an upload session could not accept, each with its reason: set aside, never dropped. */
  uploadSetAside!: EntityTable<UploadSetAside, 'id'>;
  customers!: EntityTable<Customer, 'customerAccount'>;
  customerGroups!: EntityTable<CustomerGroup, 'id'>;
  customerAttributeDefinitions!: EntityTable<CustomerAttributeDefinition, 'name'>;
  countryRegions!: EntityTable<CountryRegion, 'id'>;
  /** HQ's parameters: one row (HQ_PARAMETERS_ID). */
  hqParameters!: EntityTable<HqParameters, 'id'>;
  channelCustomerOperations!: EntityTable<ChannelCustomerOperationRecord, 'operationId'>;
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
  /** Coupled records (seed 004): the CRM's accounts, the couplings, and their synchronization. */
  crmAccounts!: EntityTable<CrmAccount, 'accountid'>;
  crmCouplings!: EntityTable<Coupling, 'id'>;
  integrationSynchJobs!: EntityTable<IntegrationSynchJob, 'id'>;
  integrationSynchLog!: EntityTable<SynchLogEntry, 'id'>;
  integrationSynchJobErrors!: EntityTable<SynchJobError, 'id'>;
  integrationTableMappings!: EntityTable<IntegrationTableMapping, 'name'>;
  /** Rows per group of the counted tables (counted-groups.ts), kept current by every write. */
  keptCounts!: Table<KeptCount, [string, string[]]>;
  /** Customer synchronization status's search (customer-search.ts), written with every operation. */
  asyncCustomerTerms!: Table<TermRow, TermKey>;
  /** How many operations hold each value of a counted field, by its term (customer-search.ts). */
  asyncCustomerTermCounts!: Table<number, CountKey>;
  /**
   * Writes to what a sales order is made from besides its header and status (the line tables and
   * the configuration it is checked against): see readAhead in Synchronize orders.
   */
  /** Whether the worker's last writes found room, and the writes waiting for it (a run's end): see storage-status.ts. */
  readonly storage = new StorageStatus();
  readonly orderSourceWrites = new WriteWatch(new Set([
    ...RETAIL_TRANSACTION_LINE_TABLES, 'items', 'tenderTypes', 'currencies', 'paymentServices', 'accountStructures', 'hqParameters',
  ]));

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
    // Version 2: HQ's own tables. A transaction is keyed by company, store, register and number,
    // its rows live in the eleven RetailTransaction* tables, and its order synchronization in
    // RetailTransactionOrderStatus. The upgrade moves every version 1 row into them.
    this.version(2).stores({
      channelTransactionRecords: '[channelDatabaseId+seq]',
      RetailTransactionTable: `${KEY_INDEX}, ChannelReferenceId, receiptId, custAccount, CustAccountAsync`,
      ...Object.fromEntries(RETAIL_TRANSACTION_LINE_TABLES.map((table) => [table, `++id, ${KEY_INDEX}`])),
      RetailTransactionOrderStatus:
        `${KEY_INDEX}, Status, [orderKind+Status], [channelKind+sortKey], [channelKind+Status+sortKey], [store+sortKey], [store+Status+sortKey]`,
      orderSyncLog: `++id, ${KEY_INDEX}`,
      transactionEdits: `++id, ${KEY_INDEX}`,
      uploadSetAside: '++id, sessionId, [channelDatabaseId+seq]',
      items: 'itemId',
      tenderTypes: 'tenderTypeId',
      currencies: 'code',
      salesOrders: `salesOrderId, &${KEY_INDEX}`,
      salesOrderPayments: `++id, salesOrderId, ${KEY_INDEX}`,
    }).upgrade(upgradeToRetailTables);
    // Version 3: the version 1 tables, emptied into version 2's by its upgrade.
    this.version(3).stores({ transactions: null, channelTransactions: null });
    // Version 4: auditors' notes on transactions (a new table; nothing to move).
    this.version(4).stores({ auditNotes: `++id, ${KEY_INDEX}` });
    // Version 5: kept counts, so a list's total is not a walk over its index; compound indexes
    // ending in the primary key order, so a list pages from a row (keyset) instead of an offset;
    // an index on every customer field the Customer synchronization status list filters on, and
    // on the words of each run for Run history's search.
    this.version(5).stores({
      [KEPT_COUNTS]: '[table+group]',
      jobRuns: '++id, jobId, status, startedAt, [jobId+id], [status+id], [jobId+status+id], *searchWords',
      // Customer synchronization status filters on any field from its start: each has an index.
      asyncCustomers: 'operationId, asyncCustomerAccount, customerAccount, status, operationTimestamp, [status+operationTimestamp], name, customerGroup, storeId',
      asyncAddresses: 'operationId, street, city, zipCode, countryRegionId',
      asyncContacts: '++id, operationId, locator',
      asyncAttributes: '++id, operationId, newValue',
    }).upgrade(upgradeToKeptCounts);
    // Version 6: coupled records (new tables; nothing to move). A coupling is unique on each side:
    // one HQ customer, one CRM account.
    this.version(6).stores({
      crmAccounts: 'accountid',
      crmCouplings: '++id, &integrationId, &crmId, skipped',
      integrationSynchJobs: '++id, runId',
      integrationSynchLog: '++id, integrationId, synchJobId',
      integrationSynchJobErrors: '++id, at',
      integrationTableMappings: 'name',
    });
    // Version 7: filters with thousands of matches read their rows in one range, not one by one.
    // The transaction lists' customer filter reads order statuses through the header's customer
    // accounts in capitals (customerKeys); an async customer operation carries its e-mail and
    // phone (RETAILASYNCCUSTOMERV2's EMAIL and PHONE), so Customer synchronization status finds
    // the operations themselves by them, not their contact rows first.
    this.version(7).stores({
      RetailTransactionOrderStatus:
        `${KEY_INDEX}, Status, [orderKind+Status], [channelKind+sortKey], [channelKind+Status+sortKey], [store+sortKey], [store+Status+sortKey], *customerKeys`,
      asyncCustomers:
        'operationId, asyncCustomerAccount, customerAccount, status, operationTimestamp, [status+operationTimestamp], name, customerGroup, storeId, email, phone',
      asyncContacts: '++id, operationId',
    }).upgrade(upgradeToVersion7);
    // Version 8: the cause behind each failed order (ErrorCause), so failures group by root cause
    // and a list filtered by one pages through an index; the Retry count, so a list filters by it.
    this.version(8).stores({
      RetailTransactionOrderStatus:
        `${KEY_INDEX}, Status, [orderKind+Status], [channelKind+sortKey], [channelKind+Status+sortKey], [store+sortKey], [store+Status+sortKey], *customerKeys, ` +
        '[channelKind+Status+ErrorCause+sortKey], [store+Status+ErrorCause+sortKey], [channelKind+RetryCount]',
    }).upgrade(upgradeToErrorCauses);
    // Version 9: Customer synchronization status's search, so a value that matches thousands of
    // operations reads their ids and times in one key range (customer-search.ts). The indexes
    // the list's filters read before are dropped: every write paid for them.
    this.version(9).stores({
      asyncCustomerTerms: '',
      asyncCustomers: 'operationId, asyncCustomerAccount, customerAccount, status, operationTimestamp, [status+operationTimestamp]',
      asyncAddresses: 'operationId',
      asyncAttributes: '++id, operationId',
    }).upgrade(async (tx) => {
      // A build that landed before the versions were renumbered wrote today's version 7 as 8: its
      // databases skipped version 8's upgrade. It is run again (it keeps every cause stored).
      await upgradeToErrorCauses(tx);
      await upgradeToCustomerSearch(tx);
    });
    // Version 10: how many operations in each status hold each value of the fields many share (a
    // group, a city), so a filter that matches nearly all of them sums a few counts instead of
    // counting 100,000 keys.
    this.version(10).stores({ asyncCustomerTermCounts: '' }).upgrade(upgradeToTermCounts);
    // Version 11: HQ's master data the rules read besides what version 2 added: the countries and
    // regions, and the parameters (number sequences, freight charge code, posting profile).
    this.version(11).stores({ countryRegions: 'id', hqParameters: 'id' }).upgrade(upgradeToMasterData);
    // Version 13: the tables derived from others (the search and its counts, the kept counts, the
    // runs' search words, the operations' e-mail and phone) checked and rebuilt where missing,
    // empty or of an older form, so a database of any build that landed, its versions renumbered
    // since or not, keeps every feature (migrations/v13-derived-tables.ts).
    this.version(13).stores({}).upgrade(upgradeDerivedTables);
    // Version 14: couplings and their jobs as Business Central keeps them: each side's result and
    // job, Table ID, and the jobs' types (Synchronization, Uncoupling, Coupling), by which the
    // Uncoupling Log reads them.
    this.version(14).stores({ integrationSynchJobs: '++id, runId, type' }).upgrade(upgradeToCouplingSides);
    // Version 15: an order stores every cause it failed for (ErrorCauses), and is listed and
    // counted under each (a multi-entry index of its lists, listKeys, kept by the database as it
    // writes: list-keys.ts); Check data's findings and runs (new tables) are listed the same way.
    this.version(15).stores({
      RetailTransactionOrderStatus:
        `${KEY_INDEX}, Status, [orderKind+Status], [channelKind+sortKey], [channelKind+Status+sortKey], [store+sortKey], [store+Status+sortKey], *customerKeys, ` +
        '[channelKind+RetryCount], *listKeys',
      dataCheckFindings: `${KEY_INDEX}, *listKeys`,
      dataChecks: '++id',
    }).upgrade(upgradeToEveryCause);
    // Version 16: a pulled workspace's refresh keeps HQ's version of a row edited here beside it.
    this.version(16).stores({ refreshConflicts: `++id, ${KEY_INDEX}` });
    this.use(readOnlyWhenNewer(this));
    this.use(this.orderSourceWrites.middleware);
    this.use(keptCountsMiddleware(COUNTED_GROUPS, COUNTED_LISTS));
    this.use(listKeysMiddleware(ROW_LISTS));
    keepRunWords(this.jobRuns);
  }
}
