import { JOB_IDS } from '../../shared/runner/jobs';
import type { ScreenId } from './screens';

/**
 * Tell me's catalog: every page and every action a person can search for, in one place. A
 * screen added later registers here: its page label (a Record over ScreenId, so a screen
 * missing from it does not compile) and its actions, each with the page that carries it.
 */
export interface TellMeEntry {
  kind: 'page' | 'action';
  screen: ScreenId;
  /** The i18n key of its name. */
  labelKey: string;
  /** More words it is found by (English, as the labels), beyond those of its name. */
  keywords?: readonly string[];
}

/** The name of each page: its entry in the navigation (nav.*). */
export const PAGE_LABELS: Record<ScreenId, string> = {
  workspace: 'nav.workspace',
  'online-transactions': 'nav.onlineTransactions', 'store-transactions': 'nav.storeTransactions', 'customer-sync-status': 'nav.customerSyncStatus',
  'channel-databases': 'nav.channelDatabases', 'distribution-schedule': 'nav.distributionSchedule', 'batch-jobs': 'nav.batchJobs',
  'run-history': 'nav.runHistory', 'upload-sessions': 'nav.uploadSessions', 'number-sequences': 'nav.numberSequences',
  'payment-services': 'nav.paymentServices', 'account-structures': 'nav.accountStructures', 'feature-management': 'nav.featureManagement',
  import: 'nav.import', 'hq-connections': 'nav.hqConnections', 'coupled-sync-errors': 'nav.coupledSyncErrors', 'coupled-customers': 'nav.coupledCustomers',
};

const action = (screen: ScreenId, key: string, keywords?: readonly string[]): TellMeEntry => ({ kind: 'action', screen, labelKey: `tellMe.actions.${key}`, keywords });

export const ACTIONS: readonly TellMeEntry[] = [
  action('online-transactions', 'synchronizeOrder', ['sales order', 'failed order']),
  action('online-transactions', 'editTransaction', ['editing', 'audit']),
  action('online-transactions', 'viewAuditTrail'),
  action('online-transactions', 'exportList', ['csv', 'odata', 'json']),
  action('customer-sync-status', 'synchronizeCustomer', ['async customer']),
  action('customer-sync-status', 'editCustomerAttributes'),
  action('batch-jobs', 'runNow', ['job', 'schedule', 'recurring']),
  action('distribution-schedule', 'createBatchJob', ['recurrence', 'schedule']),
  action('batch-jobs', 'pauseBatchJob'),
  action('run-history', 'cancelRun', ['history']),
  action('upload-sessions', 'retryUploadSession', ['P-0001']),
  action('channel-databases', 'takeChannelOffline', ['online']),
  action('channel-databases', 'recordTransactions', ['simulator']),
  action('number-sequences', 'raiseNumberSequence', ['exceeded']),
  action('payment-services', 'setDefaultPaymentService', ['credit card', 'processor']),
  action('account-structures', 'correctAccountStructure', ['main account', 'ledger']),
  action('feature-management', 'enableFeature', ['async']),
  action('import', 'importFiles', ['odata', 'data management package', 'workspace', 'synapse link', 'data lake', 'model.json']),
  action('import', 'exportAuditReport'),
  action('coupled-sync-errors', 'retryCoupling', ['skipped']),
  action('coupled-sync-errors', 'retryAllCouplings'),
  action('coupled-sync-errors', 'synchronizeCoupledRecord', ['conflict', 'send data update', 'get data update', 'merge data']),
  action('coupled-sync-errors', 'removeCoupling', ['uncouple']),
  action('coupled-sync-errors', 'setUpCoupling', ['couple']),
  action('coupled-sync-errors', 'restoreRecords', ['deleted']),
  action('coupled-sync-errors', 'deleteRecords'),
  action('coupled-sync-errors', 'findForDeleted'),
  action('coupled-sync-errors', 'uncouplingLog', ['uncouple', 'who']),
  action('coupled-customers', 'synchronizationLog'),
  action('coupled-customers', 'conflictResolution', ['mapping', 'automatic']),
  action('coupled-customers', 'deleteJobErrors', ['setup', 'entries older than 7 days']),
];

/** Every job, run now or scheduled on Batch jobs. */
const JOB_ENTRIES: readonly TellMeEntry[] = JOB_IDS.map((id) => ({ kind: 'action', screen: 'batch-jobs', labelKey: `jobNames.${id}`, keywords: ['run', 'job'] }));

export const tellMeEntries = (): TellMeEntry[] => [
  ...(Object.entries(PAGE_LABELS) as [ScreenId, string][]).map(([screen, labelKey]): TellMeEntry => ({ kind: 'page', screen, labelKey })),
  ...ACTIONS,
  ...JOB_ENTRIES,
];

const wordsOf = (text: string) => text.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/**
 * The entries a search finds: every word typed starts a word of the entry's name or keywords
 * ("number seq", "synchronize order", "coupled"). Names that start with the search come first,
 * then pages before actions, each in catalog order.
 */
export function searchTellMe<E extends TellMeEntry>(entries: readonly E[], query: string, labelOf: (entry: E) => string): E[] {
  const typed = wordsOf(query);
  if (!typed.length) return [];
  const scored = entries.flatMap((entry, index) => {
    const label = labelOf(entry);
    const words = [...wordsOf(label), ...(entry.keywords ?? []).flatMap(wordsOf)];
    if (!typed.every((w) => words.some((word) => word.startsWith(w)))) return [];
    const starts = label.toLocaleLowerCase().startsWith(query.trim().toLocaleLowerCase()) ? 0 : 1;
    return [{ entry, rank: [starts, entry.kind === 'page' ? 0 : 1, index] }];
  });
  return scored.sort((a, b) => a.rank[0]! - b.rank[0]! || a.rank[1]! - b.rank[1]! || a.rank[2]! - b.rank[2]!).map((s) => s.entry);
}
