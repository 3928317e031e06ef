/** English labels: the names of DOMAIN.md. */
export const en = {
  common: { yes: 'Yes', no: 'No', cancel: 'Cancel' },
  app: { title: 'Sync Console', company: 'Company {{company}}', preparing: 'Preparing the headquarters database…', startFailed: 'The headquarters database could not start: {{message}}' },
  nav: {
    channels: 'Channels', jobs: 'Jobs', setup: 'Headquarters setup',
    onlineTransactions: 'Online store transactions', storeTransactions: 'Store transactions', channelDatabases: 'Channel databases',
    distributionSchedule: 'Distribution schedule', batchJobs: 'Batch jobs', runHistory: 'Run history', uploadSessions: 'Upload sessions',
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
    groups: 'Channel database groups', scope: 'Organization hierarchy node', allStores: 'Stores by region (all)', region: 'Region {{name}}', store: 'Store {{name}}',
    runNow: 'Run now', running: 'Running: {{done}} of {{total}}', outcome: '{{status}}: {{processed}} processed, {{succeeded}} succeeded, {{failed}} failed, {{skipped}} skipped.',
    simulator: 'Channel simulator', simulatorHelp: 'Record new transactions in the channel databases, as shoppers and stores would between two uploads.',
    count: 'Transactions', record: 'Record transactions', recorded: '{{count}} transactions recorded in the channel databases.',
    job: 'Job', scopeColumn: 'Scope', started: 'Started', ended: 'Ended', statusColumn: 'Status',
    processed: 'Processed', succeeded: 'Succeeded', failed: 'Failed', skipped: 'Skipped', error: 'Error', countInvalid: 'Enter a whole number from 1 to 1000.',
  },
  runStatus: { Waiting: 'Waiting', Executing: 'Executing', Ended: 'Ended', Error: 'Error', Canceled: 'Canceled' },
  runs: {
    runId: 'Run', trigger: 'Trigger', triggers: { manual: 'Manual', schedule: 'Schedule' }, duration: 'Duration',
    search: 'Search scope, error or run', cancelRun: 'Cancel run', none: 'No runs match.',
    details: 'Run details', detailsOf: 'Run {{id}}: {{job}}', waitingFor: 'Waiting for the running {{job}} to end…',
  },
  distribution: {
    intro: 'The jobs that move data between headquarters and the channel databases of their channel database groups. Run one now, or create a recurring batch job of it.',
    lastRun: 'Last run', neverRun: 'Never run', createBatchJob: 'Create batch job', create: 'Create',
    createHelp: 'The batch job runs this job, for the channel database groups chosen here, every interval.', created: 'Batch job created: see Batch jobs.',
    allGroups: 'All channel database groups',
  },
  batchJobs: {
    intro: 'Recurring jobs. A run that falls due while the same job executes waits for it; runs missed while the app was closed or asleep are made up by one run.',
    runOrSchedule: 'Run a job now, or schedule it', or: 'or', created: 'Batch job created for {{job}}.',
    interval: 'Interval (minutes)', end: 'End', noEndDate: 'No end date', endAfter: 'End after', runs: 'Runs',
    recurrence: 'Recurrence', nextRun: 'Next run', pause: 'Pause', resume: 'Resume', delete: 'Delete',
    everyNoEnd: 'Every {{minutes}} min, no end date', everyEndAfter: 'Every {{minutes}} min, end after {{runs}} runs ({{done}} done)',
    states: { Active: 'Active', Paused: 'Paused', Ended: 'Ended' }, headquarters: 'Headquarters',
    none: 'No batch jobs yet. Create one above, or from the Distribution schedule.',
    deleteTitle: 'Delete batch job?', deleteText: 'The recurring {{job}} will no longer run. Its past runs stay in the run history.',
  },
  sessions: {
    intro: 'Each P-0001 run packages what is new in each channel database into an upload session and applies it to headquarters. A session that cannot be applied is tried again by the next runs, up to its try count, then canceled; a canceled session\'s transactions are packaged again by the next run.',
    session: 'Session', channelDatabase: 'Channel database', rowCount: 'Rows', tryCount: 'Tries', created: 'Created', applied: 'Applied',
    retry: 'Retry', cancel: 'Cancel session', retried: 'Applied: {{count}} transactions uploaded.',
    statuses: { Available: 'Available', Applied: 'Applied', 'Apply failed': 'Apply failed', Canceled: 'Canceled' },
  },
  channelDatabases: {
    intro: 'The channel side of the simulation. Take a channel database offline to see how uploads and downloads fail, and record new transactions for the next P-0001.',
    group: 'Channel database group', online: 'Online', isOnline: 'Online', isOffline: 'Offline', notPackaged: 'New transactions not yet uploaded',
    lastDownload: 'Last {{job}}',
  },
  jobNames: {
    'P-0001': 'P-0001 Channel transactions', '1010': '1010 Customers', '1070': '1070 Channel configuration', '1110': '1110 Global configuration',
    'synchronize-orders': 'Synchronize orders', 'synchronize-customers': 'Synchronize customers and channel requests',
  },
};

export type Resources = typeof en;
