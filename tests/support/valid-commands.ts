import type { HqCommand } from '../../shared/contracts/hq-commands';

const key = { dataAreaId: 'usrt', store: 'SEA', terminal: 'T01', transactionId: 'SEA-T01-000001' };
/** A valid example of every HQ command; typed by the contract, so a new command cannot be left out. */
export const validCommands: { [T in HqCommand['type']]: Extract<HqCommand, { type: T }> } = {
  runJob: { type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: ['STORES'] }, trigger: 'manual', batchJobId: 'job-1' },
  cancel: { type: 'cancel', target: { runId: 3 } },
  synchronizeOrders: { type: 'synchronizeOrders', keys: [key] },
  synchronizeMatchingOrders: {
    type: 'synchronizeMatchingOrders', cancelId: '0b6f3c4e-6f1d-4f7e-9a59-2f0c2c7f4e11',
    filters: [{ kind: 'online', reference: '', customerAccount: '', status: 'Failed', storeId: 'all', cause: 'numberSequence', retriesAbove: 3, datePrefix: '2026-11-20', check: 'disagrees' }],
  },
  checkData: { type: 'checkData', cancelId: '0b6f3c4e-6f1d-4f7e-9a59-2f0c2c7f4e11' },
  setOrderEditing: { type: 'setOrderEditing', key, editing: true },
  importFiles: { type: 'importFiles', importId: '0b6f3c4e-6f1d-4f7e-9a59-2f0c2c7f4e11', files: [{ name: 'orders.json', bytes: new Uint8Array([123, 125]) }] },
  pullWorkspace: {
    type: 'pullWorkspace', importId: '0b6f3c4e-6f1d-4f7e-9a59-2f0c2c7f4e11', cancelId: '0b6f3c4e-6f1d-4f7e-9a59-2f0c2c7f4e11',
    source: { connectionName: 'Contoso', environmentUrl: 'https://usrt.operations.dynamics.com' },
    request: {
      connectionId: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', companies: ['usrt'], stores: [], from: '2026-09-14', to: '2026-09-20', transactions: true, statuses: true, unsynchronizedOnly: true,
    },
  },
  refreshWorkspace: { type: 'refreshWorkspace', workspaceId: '0b6f3c4e-6f1d-4f7e-9a59-2f0c2c7f4e11', cancelId: '0b6f3c4e-6f1d-4f7e-9a59-2f0c2c7f4e11' },
  resumePull: { type: 'resumePull', importId: '0b6f3c4e-6f1d-4f7e-9a59-2f0c2c7f4e11' },
  discardInterruptedPull: { type: 'discardInterruptedPull', id: '0b6f3c4e-6f1d-4f7e-9a59-2f0c2c7f4e11' },
  deleteWorkspace: { type: 'deleteWorkspace', workspaceId: '0b6f3c4e-6f1d-4f7e-9a59-2f0c2c7f4e11' },
  addAuditNote: { type: 'addAuditNote', key, text: 'Checked with the store.', user: 'karin' },
  addTransactionLine: { type: 'addTransactionLine', key, entity: 'RetailTransactionSalesTrans', user: 'karin' },
  removeTransactionLine: { type: 'removeTransactionLine', key, entity: 'RetailTransactionSalesTrans', lineId: 4, user: 'karin' },
  saveTransactionEdits: { type: 'saveTransactionEdits', key, changes: [{ entity: 'RetailTransactionSalesTrans', lineId: 4, field: 'qty', value: '-2' }], user: 'karin' },
  updateNumberSequence: { type: 'updateNumberSequence', code: 'SalesOrder', next: 14322, largest: 999999 },
  setDefaultPaymentService: { type: 'setDefaultPaymentService', serviceId: 'ADYEN', isDefault: true },
  updateAccountStructure: { type: 'updateAccountStructure', structureId: 'MA', ranges: [{ from: '110100', to: '119999' }] },
  simulateChannelTransactions: { type: 'simulateChannelTransactions', count: 10, fault: null },
  setChannelDatabaseOnline: { type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: false },
  retryUploadSession: { type: 'retryUploadSession', sessionId: 2 },
  cancelUploadSession: { type: 'cancelUploadSession', sessionId: 2 },
  synchronizeCustomerOperations: { type: 'synchronizeCustomerOperations', operationIds: ['OP-C0001'] },
  updateCustomerOperation: { type: 'updateCustomerOperation', operationId: 'OP-C0001', changes: [{ field: 'email', newValue: 'a@b.example' }], editedBy: 'karin' },
  setFeatureEnabled: { type: 'setFeatureEnabled', featureId: 'async-customer-editing', enabled: true },
  simulateCustomerOperations: { type: 'simulateCustomerOperations', kind: 'create', count: 5, fault: null },
  retryCouplings: { type: 'retryCouplings', couplingIds: [1, 2] },
  retryAllCouplings: { type: 'retryAllCouplings' },
  removeCouplings: { type: 'removeCouplings', couplingIds: [1], user: 'karin' },
  deleteCoupledRecords: { type: 'deleteCoupledRecords', couplingIds: [1], user: 'karin' },
  setUpCoupling: { type: 'setUpCoupling', integrationId: '004001', crmId: 'CRM-0001', syncAction: 'none', user: 'karin' },
  findCouplingsForDeleted: { type: 'findCouplingsForDeleted', cancelId: '0b6f3c4e-6f1d-4f7e-9a59-2f0c2c7f4e11' },
  deleteSynchJobErrors: { type: 'deleteSynchJobErrors', olderThanDays: 7 },
  simulateCoupledChange: { type: 'simulateCoupledChange', integrationId: '004001', change: 'editCrm' },
  updateIntegrationTableMapping: {
    type: 'updateIntegrationTableMapping', mapping: { name: 'CUSTOMER', enabled: true, updateConflictResolution: 'None', deletionConflictResolution: 'None' },
  },
};
