import { Dexie, type IndexableType, type Table, type Transaction } from 'dexie';
import { recount, type GroupOf } from './v5-kept-counts';
import { CUSTOMER_SYNC_STATUSES, CUSTOMER_TERMS, statusTerm, termRange, type TermKey } from './v9-customer-search';
import { upgradeToCustomerSearch } from './v9-customer-search';
import { upgradeToTermCounts } from './v10-term-counts';

/*
 * Frozen: the tables' names, the counted groups, the job names and the contact fields as they were
 * at version 13, written out here (the search's terms are version 9's, its counts version 10's).
 */

type Row = Record<string, unknown>;
const KEPT_COUNTS = 'keptCounts';
const CUSTOMER_TERM_COUNTS = 'asyncCustomerTermCounts';
type CountKey = [status: string, term: string];
interface KeptCount { table: string; group: string[]; count: number }
interface StoredOperation { operationId: string; email?: string; phone?: string }
interface StoredContact { operationId: string; type: string; locator: string }
interface StoredRun { jobId: string; scopeLabel: string; error: string | null; searchWords?: string[] }

const GROUPS_AT_V13: ReadonlyMap<string, GroupOf> = new Map<string, GroupOf>([
  ['RetailTransactionOrderStatus', (s) => [String(s.channelKind), String(s.store), String(s.Status), s.Status === 'Failed' ? String(s.ErrorCause ?? 'transactionData') : '']],
  ['jobRuns', (r) => [String(r.jobId), String(r.status)]],
  ['asyncCustomers', (o) => [String(o.status), o.status === 'Failed' ? String(o.lastErrorCause ?? 'customerData') : '']],
]);

const JOB_NAMES_AT_V13: Readonly<Record<string, string>> = {
  'P-0001': 'P-0001 Channel transactions',
  '1010': '1010 Customers',
  '1070': '1070 Channel configuration',
  '1110': '1110 Global configuration',
  'synchronize-orders': 'Synchronize orders',
  'synchronize-customers': 'Synchronize customers and channel requests',
  'integration-synchronization': 'Integration synchronization',
};
const wordsOf = (text: string): string[] => [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))];
const runWords = (run: StoredRun): string[] => wordsOf(`${JOB_NAMES_AT_V13[run.jobId] ?? run.jobId} ${run.scopeLabel} ${run.error ?? ''}`);

/** Operations with their e-mail and phone (RETAILASYNCCUSTOMERV2's EMAIL and PHONE) from their contact rows: the first of each type. */
async function withContactFields(contacts: Table<StoredContact, number>, operations: readonly StoredOperation[]): Promise<StoredOperation[]> {
  const rows = await contacts.where('operationId').anyOf(operations.map((op) => op.operationId)).toArray();
  const locators = new Map<string, string>();
  for (const c of rows) if (!locators.has(`${c.operationId} ${c.type}`)) locators.set(`${c.operationId} ${c.type}`, c.locator);
  const locator = (operationId: string, type: string) => locators.get(`${operationId} ${type}`) ?? '';
  return operations.map((op) => ({ ...op, email: locator(op.operationId, 'Email'), phone: locator(op.operationId, 'Phone') }));
}

/** How many operations the upgrade holds at a time. */
const PAGE = 2000;

/**
 * Every async operation has its e-mail and phone (version 7's fields): builds whose version 8 was
 * the customer keys of the orders alone (6d8a2f2, 54552a9) never filled them. True if any was.
 */
async function fillContactFields(tx: Transaction): Promise<boolean> {
  const operations = tx.table<StoredOperation, string>('asyncCustomers');
  const contacts = tx.table<StoredContact, number>('asyncContacts');
  let filled = false;
  let after: IndexableType = Dexie.minKey;
  for (;;) {
    const page: StoredOperation[] = await operations.where(':id').above(after).limit(PAGE).toArray();
    if (page.length === 0) return filled;
    const missing = page.filter((op) => op.email === undefined || op.phone === undefined);
    if (missing.length) {
      await operations.bulkPut(await withContactFields(contacts, missing));
      filled = true;
    }
    after = page[page.length - 1]!.operationId;
  }
}

/** The search holds every operation: one status key each (an older build's search had none, a renumbered one no search at all). */
async function searchIsWhole(tx: Transaction): Promise<boolean> {
  const terms = tx.table<number, TermKey>(CUSTOMER_TERMS);
  let statusKeys = 0;
  for (const status of CUSTOMER_SYNC_STATUSES) {
    const [from, to] = termRange(statusTerm(status), true);
    statusKeys += await terms.where(':id').between(from, to, true, true).count();
  }
  return statusKeys === (await tx.table('asyncCustomers').count());
}

/** The counts are keyed by status and value, as read today (a build before keyed them by value alone), and there are some if there are operations. */
async function termCountsAreCurrent(tx: Transaction): Promise<boolean> {
  // IndexedDB orders text keys before array keys: the first key says whether any is of the old form.
  const [first] = await tx.table<number, CountKey>(CUSTOMER_TERM_COUNTS).toCollection().limit(1).primaryKeys();
  if (first === undefined) return (await tx.table('asyncCustomers').count()) === 0;
  return Array.isArray(first);
}

/**
 * Each counted table's kept counts agree with its rows: as many in all as there are rows, each
 * group of today's parts (a build before counted operations by status alone, orders without
 * their cause). A table whose counts do not is counted again.
 */
async function recountWhereWrong(tx: Transaction): Promise<void> {
  const counts = tx.table<KeptCount, [string, string[]]>(KEPT_COUNTS);
  for (const [name, groupOf] of GROUPS_AT_V13) {
    const table = tx.table<Row>(name);
    const ofTable = counts.where('[table+group]').between([name, []], [name, [[]]], true, true);
    const kept = await ofTable.toArray();
    const sample = await table.toCollection().first();
    const parts = sample ? groupOf(sample).length : 0;
    const total = kept.reduce((sum, c) => sum + c.count, 0);
    if (total === (await table.count()) && kept.every((c) => c.group.length === parts)) continue;
    await ofTable.delete();
    await counts.bulkPut(await recount(table, name, groupOf));
  }
}

/** Every run has the words Run history's search finds it by: builds before that search (d762df4, 8c51567) wrote runs without. */
async function fillRunWords(tx: Transaction): Promise<void> {
  const runs: Table<StoredRun, number> = tx.table('jobRuns');
  // A run written since has its words: if the oldest has them, all have.
  const oldest = await runs.toCollection().first();
  if (!oldest || oldest.searchWords) return;
  await runs.toCollection().modify((run) => {
    run.searchWords ??= runWords(run);
  });
}

/**
 * The version 13 upgrade: every table derived from the others is checked and rebuilt where it is
 * missing, empty or in an older build's form. Builds that landed on main wrote databases whose
 * versions were renumbered since (build c65ea52's version 9 is today's 8), or whose derived tables
 * changed form without a new version; opening one ran only the upgrades numbered above its own, so
 * a search could stay empty (searching a name found nothing) or counts be read under the wrong
 * keys. The checks are counts and first keys; a rebuild reads a page at a time.
 */
export async function upgradeDerivedTables(tx: Transaction): Promise<void> {
  const filled = await fillContactFields(tx);
  let termsRebuilt = false;
  if (filled || !(await searchIsWhole(tx))) {
    await tx.table(CUSTOMER_TERMS).clear();
    await upgradeToCustomerSearch(tx);
    termsRebuilt = true;
  }
  if (termsRebuilt || !(await termCountsAreCurrent(tx))) {
    await tx.table(CUSTOMER_TERM_COUNTS).clear();
    await upgradeToTermCounts(tx);
  }
  await fillRunWords(tx);
  await recountWhereWrong(tx);
}
