/**
 * Hand-written rows of a database written by an earlier schema version: what that version's app
 * stored, field by field, in that version's shape (a field a later version added is absent before
 * it). Not today's rows through old stores: a change to today's code cannot change them.
 *
 * One online order not yet synchronized and one that failed for its number sequence, a run of
 * P-0001, a customer created offline that failed for its e-mail address, and the configuration
 * a Synchronize orders run needs, so the upgraded database can be worked.
 */

/**
 * The newest version these rows know the shape of; a version added after it needs its shape here.
 * Version 13 rebuilt derived tables and changed no row's shape; version 14 gave couplings their
 * Table ID and each side its result and job; version 15 gave a failure every cause it failed for,
 * the list of each (listKeys, written by its database) and their kept counts.
 */
export const SHAPES_UP_TO = 15;

/** Fields a later upgrade replaced, by table: version 15 turned an order's one ErrorCause into its list of ErrorCauses. */
export const REPLACED_FIELDS: Readonly<Record<string, readonly string[]>> = { RetailTransactionOrderStatus: ['ErrorCause'] };

type Row = Record<string, unknown>;
/** A table's rows, and their keys where the rows do not hold them (the search's tables). */
export interface WrittenTable {
  rows: unknown[];
  keys?: unknown[];
}

const key = (transactionId: string) => ({ dataAreaId: 'usrt', store: 'FAB', terminal: 'W', transactionId });
const origin = { Channel: 'FAB', Origin: 'ECOMM-CDB' };

/** One online order's rows in the eleven tables: a belt paid by card, shipped to Oslo. */
function transaction(transactionId: string, seq: number, lineId: number): Record<string, Row[]> {
  const k = key(transactionId);
  const line = { ...k, ...origin, replicationCounterFromOrigin: seq };
  return {
    RetailTransactionTable: [{
      ...k, Channel: 'FAB', type: 'Sales', entryStatus: 'Concluded', TransactionOrderType: null, ChannelReferenceId: `FAB000000${seq}`, receiptId: null,
      custAccount: '004001', CustAccountAsync: null, salesOrderId: null, transDate: '2026-11-02', transTime: 36_900 + seq, businessDate: '2026-11-02',
      staff: null, shift: null, currency: 'USD', grossAmount: 52.92, netAmount: 49, paymentAmount: 52.92, discAmount: 0, numberOfItemLines: 1,
      numberOfPaymentLines: 1, DlvMode: '99', InventLocationId: 'WH-CENTRAL', CreatedOffline: false, statementId: null, comment: null,
      Origin: 'ECOMM-CDB', replicationCounterFromOrigin: seq,
    }],
    RetailTransactionSalesTrans: [{
      ...line, id: lineId, lineNum: 1, itemId: '81113', variantId: null, barcode: null, qty: -1, unit: 'ea', price: 49, netPrice: 49, netAmount: 49,
      netAmountInclTax: 52.92, taxAmount: 3.92, taxGroup: 'AllTax', TaxItemGroup: 'Full', discAmount: 0, totalDiscAmount: 0, DlvMode: '99',
      InventLocationId: 'WH-CENTRAL', transactionStatus: 'None', returnTransactionId: null, returnLineNum: null,
    }],
    RetailTransactionTaxTrans: [{
      ...line, id: lineId, SaleLineNum: 1, TaxCode: 'SALESTAX', Amount: 3.92, TaxBaseAmount: 49, TaxPercentage: 8, IsIncludedInPrice: false, IsExempt: false,
    }],
    RetailTransactionPaymentTrans: [{
      ...line, id: lineId, lineNum: 1, tenderType: '3', cardTypeId: 'Visa', cardOrAccount: '************4242', amountTendered: 52.92, amountCur: 52.92,
      currency: 'USD', exchRate: 100, paymentAuthorization: `AUTH-${transactionId}`, IsPaymentCaptured: true, AuthorizedAmount: 52.92,
      isPrepayment: true, changeLine: false, giftCardId: null, transactionStatus: 'None',
    }],
    RetailTransactionAddressTrans: [{
      ...line, id: lineId, SaleLineNum: 0, DeliveryName: 'Karin Berg', Street: 'Storgata 12', StreetNumber: null, City: 'Oslo', County: null,
      State: null, ZipCode: '0155', CountryRegionId: 'NOR', Email: null, Phone: null,
    }],
    RetailTransactionAttributeTrans: [{ ...line, id: lineId, Name: 'ConfirmationNumber', HeaderOrLineNum: 0, TextValue: `FAB000000${seq}` }],
    RetailTransactionTaxMeasure: [{ ...line, id: lineId, SaleLineNum: 1, Path: 'SALESTAX/TaxableBasis', Value: 49 }],
  };
}

const NUMBER_SEQUENCE_FAILURE = 'Number sequence has been exceeded.';
const E_MAIL_FAILURE = "RETAILASYNCCUSTOMERCONTACT: 'sigrid.aasen@example' is not a valid e-mail address.";
export const OPERATION_TIME = '2026-11-03T09:00:00.000Z';

/**
 * An order status as version n kept it: the customer's accounts from version 7, the cause of a
 * failure from version 8, every cause from version 15 with the lists it is in (by channel and by
 * store, under its cause, at its date and time).
 */
function orderStatus(n: number, transactionId: string, failed: boolean): Row {
  const sortKey = `2026-11-02T10:15:0${failed ? 2 : 1}`;
  return {
    ...key(transactionId), Status: failed ? 'Failed' : 'None', ErrorDetail: failed ? NUMBER_SEQUENCE_FAILURE : null, RetryCount: 0, SalesId: null,
    ManuallyModified: false, LastEditUser: null, PutOnHold: false, modifieddatetime: failed ? '2026-11-02T12:00:00.000Z' : null, statusBeforeEditing: null,
    channelKind: 'online', orderKind: 'eCommerce', sortKey, uploadedAt: '2026-11-02T11:00:00.000Z',
    ...(n >= 7 ? { customerKeys: ['004001'] } : {}),
    ...(n >= 8 && n < 15 ? { ErrorCause: failed ? 'numberSequence' : null } : {}),
    ...(n >= 15 ? {
      ErrorCauses: failed ? ['numberSequence'] : [],
      listKeys: failed ? [['channel', 'online', 'numberSequence', sortKey], ['store', 'FAB', 'numberSequence', sortKey]] : [],
    } : {}),
  };
}

/** The search's keys of the operation (version 9): its status, and each value it may be found by, in capitals. */
export const OPERATION_TERMS: [string, number, string][] = [
  '\u0000status\u0001Failed', 'asyncCustomerAccount\u0001ASYNC-FAB-000001', 'name\u0001SIGRID AASEN', 'customerGroup\u000110', 'email\u0001SIGRID.AASEN@EXAMPLE',
  'phone\u0001+47 91234567', 'storeId\u0001FAB', 'street\u0001STORGATA 12', 'city\u0001OSLO', 'zipCode\u00010155', 'countryRegionId\u0001NOR',
  'attribute:Loyalty tier\u0001GOLD',
].map((term) => [term, Date.parse(OPERATION_TIME), 'OP-C0001']);

/** How many operations in each status hold each value of a counted field (version 10): this one, once each. */
export const OPERATION_TERM_COUNTS: [string, string][] = [
  'customerGroup\u000110', 'storeId\u0001FAB', 'city\u0001OSLO', 'zipCode\u00010155', 'countryRegionId\u0001NOR', 'attribute:Loyalty tier\u0001GOLD',
].map((term) => ['Failed', term]);

/** The rows version n's app stored (2 ≤ n ≤ SHAPES_UP_TO), by table. */
export function rowsAtVersion(n: number): Map<string, WrittenTable> {
  if (n < 2 || n > SHAPES_UP_TO) throw new Error(`No hand-written rows of version ${n}.`);
  const first = transaction('FAB-W-000001', 1, 1);
  const second = transaction('FAB-W-000002', 2, 2);
  const tables: Record<string, unknown[]> = {
    regions: [{ id: 'WEST', name: 'West' }],
    stores: [{ id: 'FAB', name: 'Fabrikam online store', regionId: 'WEST', kind: 'online', channelDatabaseId: 'ECOMM-CDB' }],
    channelDatabaseGroups: [{ id: 'ONLINE', name: 'Online channels' }],
    channelDatabases: [{
      id: 'ECOMM-CDB', name: 'E-commerce channel database', groupId: 'ONLINE', online: true, lastDownloads: {}, replicationCounter: 3, realTimeCalls: 0,
      appliedFeatures: { 'customer-orders-performance': true, 'extended-async-customer-creation': true, 'async-customer-addresses': false, 'async-customer-editing': false },
    }],
    uploadWatermarks: [{ channelDatabaseId: 'ECOMM-CDB', lastSeq: 3 }],
    ...Object.fromEntries(Object.keys(first).map((table) => [table, [...first[table]!, ...second[table]!]])),
    RetailTransactionOrderStatus: [orderStatus(n, 'FAB-W-000001', false), orderStatus(n, 'FAB-W-000002', true)],
    orderSyncLog: [{ ...key('FAB-W-000002'), id: 1, at: '2026-11-02T12:00:00.000Z', trigger: 'job', runId: 1, outcome: 'Failed', message: NUMBER_SEQUENCE_FAILURE }],
    items: [{ itemId: '81113', name: 'Brown leather belt', price: 49 }],
    tenderTypes: [{ tenderTypeId: '3', name: 'Cards', method: 'card' }],
    currencies: [{ code: 'USD', name: 'US dollar' }],
    numberSequences: [
      { code: 'USRT-SO', name: 'Sales orders', reference: 'Sales order', prefix: 'SO-', digits: 6, smallest: 1, largest: 999_999, next: 14_321 },
      { code: 'USRT-CUST', name: 'Customer accounts', reference: 'Customer account', prefix: '', digits: 6, smallest: 1, largest: 999_999, next: 4_002 },
    ],
    paymentServices: [{ id: 'ADYEN', name: 'Adyen payment connector', defaultForNewCreditCards: true }],
    accountStructures: [{ id: 'ALL', name: 'Every main account', allowedRanges: [{ from: '100000', to: '999999' }] }],
    jobRuns: [{
      id: 1, jobId: 'P-0001', scopeLabel: 'All channel database groups', trigger: 'manual', batchJobId: null, startedAt: '2026-11-02T11:00:00.000Z',
      endedAt: '2026-11-02T11:00:01.000Z', status: 'Ended', total: 3, error: null, processed: 3, succeeded: 3, failed: 0, skipped: 0,
      ...(n >= 5 ? { searchWords: ['p', '0001', 'channel', 'transactions', 'all', 'database', 'groups'] } : {}),
    }],
    uploadSessions: [{
      id: 1, runId: 1, channelDatabaseId: 'ECOMM-CDB', fromSeq: 1, toSeq: 3, rowCount: 3, setAside: 0, status: 'Applied', tryCount: 1, maxTries: 3,
      createdAt: '2026-11-02T11:00:00.000Z', appliedAt: '2026-11-02T11:00:01.000Z', error: null, requeued: false,
    }],
    customers: [{
      customerAccount: '004001', name: 'Karin Berg', email: 'karin.berg@example.com', phone: '+47 91000000', customerGroup: '10', street: 'Storgata 12',
      city: 'Oslo', zipCode: '0155', countryRegionId: 'NOR', attributes: { 'Loyalty tier': 'Silver' }, affiliations: [],
      createdAt: '2026-10-31T08:00:00.000Z', modifiedAt: '2026-10-31T08:00:00.000Z',
    }],
    customerGroups: [{ id: '10', description: 'Retail customers' }],
    customerAttributeDefinitions: [{ name: 'Loyalty tier', allowedValues: ['Bronze', 'Silver', 'Gold'] }],
    asyncCustomers: [{
      operationId: 'OP-C0001', channelDatabaseId: 'ECOMM-CDB', storeId: 'FAB', operation: 'Create', asyncCustomerAccount: 'ASYNC-FAB-000001',
      customerAccount: null, operationTimestamp: OPERATION_TIME, name: 'Sigrid Aasen', customerGroup: '10',
      oldValues: { name: '', email: '', phone: '', customerGroup: '', street: '', city: '', zipCode: '', countryRegionId: '' },
      status: 'Failed', lastKnownError: E_MAIL_FAILURE, onlineOperationCompleted: 0, retryCount: 0, modifiedAt: '2026-11-03T10:00:00.000Z',
      ...(n >= 7 ? { email: 'sigrid.aasen@example', phone: '+47 91234567' } : {}),
      ...(n >= 8 ? { lastErrorCause: 'field:email' } : {}),
    }],
    asyncAddresses: [{ operationId: 'OP-C0001', street: 'Storgata 12', city: 'Oslo', zipCode: '0155', countryRegionId: 'NOR', onlineOperationCompleted: 0 }],
    asyncContacts: [
      { id: 1, operationId: 'OP-C0001', type: 'Email', locator: 'sigrid.aasen@example', onlineOperationCompleted: 0 },
      { id: 2, operationId: 'OP-C0001', type: 'Phone', locator: '+47 91234567', onlineOperationCompleted: 0 },
    ],
    asyncAttributes: [{ id: 1, operationId: 'OP-C0001', name: 'Loyalty tier', oldValue: '', newValue: 'Gold', onlineOperationCompleted: 0 }],
    features: [
      { id: 'customer-orders-performance', enabled: true, changedAt: null },
      { id: 'extended-async-customer-creation', enabled: true, changedAt: null },
      { id: 'async-customer-addresses', enabled: false, changedAt: null },
      { id: 'async-customer-editing', enabled: false, changedAt: null },
    ],
  };
  if (n >= 4) tables.auditNotes = [{ ...key('FAB-W-000002'), id: 1, text: 'Sequence ran out on the 2nd.', author: 'Karin Berg', at: '2026-11-02T13:00:00.000Z' }];
  if (n >= 5) {
    // The counts that version kept, by that version's groups: by cause from version 8, by status again and each failure under each cause from version 15.
    tables.keptCounts = [
      ...(n >= 15 ? [
        { table: 'RetailTransactionOrderStatus', group: ['online', 'FAB', 'None'], count: 1 }, { table: 'RetailTransactionOrderStatus', group: ['online', 'FAB', 'Failed'], count: 1 },
        { table: 'RetailTransactionOrderStatus lists', group: ['online', 'FAB', 'numberSequence'], count: 1 },
      ] : n >= 8
        ? [{ table: 'RetailTransactionOrderStatus', group: ['online', 'FAB', 'None', ''], count: 1 }, { table: 'RetailTransactionOrderStatus', group: ['online', 'FAB', 'Failed', 'numberSequence'], count: 1 }]
        : [{ table: 'RetailTransactionOrderStatus', group: ['online', 'FAB', 'None'], count: 1 }, { table: 'RetailTransactionOrderStatus', group: ['online', 'FAB', 'Failed'], count: 1 }]),
      { table: 'jobRuns', group: ['P-0001', 'Ended'], count: 1 },
      { table: 'asyncCustomers', group: n >= 8 ? ['Failed', 'field:email'] : ['Failed'], count: 1 },
    ];
  }
  if (n >= 6) {
    tables.crmAccounts = [{
      accountid: 'CRM-1', name: 'Karin Berg', emailaddress1: 'karin.berg@example.com', telephone1: '+47 91000000', address1_line1: 'Storgata 12',
      address1_city: 'Oslo', address1_postalcode: '0155', address1_country: 'NOR', modifiedon: '2026-10-31T08:00:00.000Z', modifiedby: 'Dataverse',
    }];
    tables.crmCouplings = [{
      id: 1, tableName: 'Customer', integrationId: '004001', crmId: 'CRM-1', lastSynchModifiedOn: '2026-10-31T08:00:00.000Z',
      lastSynchCrmModifiedOn: '2026-10-31T08:00:00.000Z', lastSynchResult: 'Success', lastSynchJobId: null, skipped: 0, errorMessage: null, failedOn: null,
      ...(n >= 14 ? { tableId: 18, lastSynchCrmResult: 'Success', lastSynchCrmJobId: null } : {}),
    }];
  }
  const written = new Map<string, WrittenTable>(Object.entries(tables).map(([table, rows]) => [table, { rows }]));
  if (n >= 9) written.set('asyncCustomerTerms', { rows: OPERATION_TERMS.map(() => 0), keys: OPERATION_TERMS });
  if (n >= 10) written.set('asyncCustomerTermCounts', { rows: OPERATION_TERM_COUNTS.map(() => 1), keys: OPERATION_TERM_COUNTS });
  if (n >= 11) {
    written.set('countryRegions', { rows: [{ id: 'NOR', name: 'Norway' }] });
    written.set('hqParameters', { rows: [{
      id: 'hq', dataAreaId: 'usrt', salesOrderSequence: 'USRT-SO', customerAccountSequence: 'USRT-CUST', freightChargeCode: 'FREIGHT',
      postingProfile: { salesRevenue: '401100', salesTax: '222200', freight: '618160', payment: { card: '110140', cash: '110110', giftCard: '243100', customerAccount: '130100', check: '110120' } },
    }] });
  }
  return written;
}
