/** English labels: the names of DOMAIN.md. */
export const en = {
  common: { yes: 'Yes', no: 'No' },
  app: { title: 'Sync Console', company: 'Company {{company}}', preparing: 'Preparing the headquarters database…', startFailed: 'The headquarters database could not start: {{message}}' },
  nav: {
    channels: 'Channels', jobs: 'Jobs', setup: 'Headquarters setup',
    onlineTransactions: 'Online store transactions', storeTransactions: 'Store transactions', runJobs: 'Run jobs',
    numberSequences: 'Number sequences', paymentServices: 'Payment services', accountStructures: 'Account structures',
  },
  status: { None: 'Not synchronized', Succeeded: 'Succeeded', Failed: 'Failed', all: 'All' },
  transactions: {
    channelReferenceId: 'Channel reference ID', receiptNumber: 'Receipt number', customerAccount: 'Customer account',
    store: 'Store', allStores: 'All stores', date: 'Date', amount: 'Amount', pendingOrderStatus: 'Pending order status',
    salesOrder: 'Sales order', synchronizeOrder: 'Synchronize order', selectedCount: '{{count}} selected',
    clearFilters: 'Clear filters', noRows: 'No transactions match. Run P-0001 to upload the channels’ transactions.',
    synchronizing: 'Synchronizing {{done}} of {{total}}…',
    outcome: '{{processed}} synchronized: {{succeeded}} succeeded, {{failed}} failed, {{skipped}} already had a sales order.',
    selectHint: 'Select a transaction to see its synchronization status.',
  },
  syncStatus: {
    tab: 'Synchronization status', linesTab: 'Lines and payments', orderErrorDetails: 'Order error details',
    retryCount: 'Retry count', modified: 'Modified', notTried: 'Nobody has tried to synchronize this transaction yet.',
    howToFix: 'How to fix', transaction: 'Transaction', customer: 'Customer', none: '—',
    fix: {
      numberSequence: 'The Sales order number sequence has used its largest number. Raise its Largest value, then Synchronize order.',
      paymentService: 'No payment service is the default processor for new credit cards. Make one the default, then Synchronize order.',
      accountStructure: 'The account structures do not allow a main account this order posts to. Correct the account structures, then Synchronize order.',
      transactionData: 'The transaction’s own data cannot be accepted; it has to be corrected with Edit and audit transactions.',
    },
    open: { numberSequence: 'Open Number sequences', paymentService: 'Open Payment services', accountStructure: 'Open Account structures' },
    item: 'Item', quantity: 'Quantity', unitPrice: 'Unit price', payments: 'Payments', method: 'Payment method', charges: 'Charges', tax: 'Tax',
    methods: { card: 'Card', cash: 'Cash', giftCard: 'Gift card', customerAccount: 'Customer account' },
  },
  numberSequences: {
    intro: 'Customer parameters › Number sequences. Synchronize orders draws each new sales order number from the Sales order sequence.',
    code: 'Number sequence code', reference: 'Reference', format: 'Format', smallest: 'Smallest', next: 'Next', largest: 'Largest',
    remaining: '{{count}} numbers left', exhausted: 'Exhausted: no numbers left', save: 'Save', saved: 'Saved.',
  },
  paymentServices: {
    intro: 'Accounts receivable › Payment setup › Payment services. Card payments need exactly one default processor for new credit cards.',
    name: 'Payment service', defaultProcessor: 'Default processor for new credit cards', noDefault: 'No payment service is the default processor: orders paid by card cannot be synchronized.',
    saved: '{{name}} saved.',
  },
  accountStructures: {
    intro: 'The main account ranges each account structure allows. An order that posts to a main account no structure allows fails.',
    from: 'From', to: 'To', addRange: 'Add range', removeRange: 'Remove range', save: 'Save', saved: 'Saved.', discard: 'Discard changes',
    inUse: 'Main accounts orders post to', mainAccount: 'Main account', purpose: 'Used for', allowed: 'Allowed',
    yes: 'Yes', no: 'No — orders posting here fail',
    purposes: { salesRevenue: 'Sales revenue', salesTax: 'Sales tax', freight: 'Freight charges', card: 'Card payments', cash: 'Cash payments', giftCard: 'Gift card payments', customerAccount: 'Payments on account' },
  },
  jobs: {
    intro: 'Run the headquarters jobs now. Schedules come with the job runner.',
    upload: 'P-0001 Channel transactions', uploadHelp: 'Uploads new transactions from the channel databases of the chosen groups.',
    synchronizeOrders: 'Synchronize orders', synchronizeHelp: 'Creates a sales order for each uploaded transaction in the scope.',
    groups: 'Channel database groups', scope: 'Organization hierarchy node', allStores: 'Stores by region (all)', region: 'Region {{name}}', store: 'Store {{name}}',
    runNow: 'Run now', running: 'Running: {{done}} of {{total}}', outcome: '{{status}}: {{processed}} processed, {{succeeded}} succeeded, {{failed}} failed, {{skipped}} skipped.',
    simulator: 'Channel simulator', simulatorHelp: 'Record new transactions in the channel databases, as shoppers and stores would between two uploads.',
    count: 'Transactions', record: 'Record transactions', recorded: '{{count}} transactions recorded in the channel databases.',
    history: 'Run history', job: 'Job', scopeColumn: 'Scope', started: 'Started', ended: 'Ended', statusColumn: 'Status',
    processed: 'Processed', succeeded: 'Succeeded', failed: 'Failed', skipped: 'Skipped', error: 'Error', countInvalid: 'Enter a whole number from 1 to 1000.',
  },
  jobNames: { 'P-0001': 'P-0001', 'synchronize-orders': 'Synchronize orders' },
};

export type Resources = typeof en;
