import type { IndexableType } from 'dexie';
import { COUNTED_GROUPS } from '../../shared/db/counted-groups';
import { CUSTOMER_TERM_COUNTS, CUSTOMER_TERMS, type CountKey, type TermKey } from '../../shared/customers/customer-search';
import { KEPT_COUNTS, recount, type GroupOf } from '../../shared/db/kept-counts';
import type { AsyncCustomer } from '../../shared/customers/customers';
import type { JobRun } from '../../shared/runner/job-runs';
import { todaysVersions, type StoresSource, type Written } from './schema-history';

/**
 * The databases builds that landed on main wrote, where they differ from what today's versions of
 * the same number declare or hold (read from `git log -p -- shared/db/`). Versions were renumbered
 * (the customer keys of the transaction lists were 8 in some builds, today's 7; the error causes 9,
 * today's 8), and derived tables changed form without a version (the search's keys, its counts').
 */
export interface LandedBuild {
  /** A commit that landed on main, and what its database was. */
  build: string;
  /** Its declared versions, up to the one its database is at: today's where the same. */
  versions: (readonly [number, StoresSource])[];
  /** What it held that today's engine writes otherwise: the worked rows turned into its. */
  shape: (tables: Map<string, Written>) => void | Promise<void>;
}

const today = (n: number): readonly [number, StoresSource] => [n, todaysVersions().find((v) => v._cfg.version === n)!._cfg.storesSource];
const todayUpTo = (n: number) => Array.from({ length: n }, (_, i) => today(i + 1));

const STATUS_KEYS = '[dataAreaId+store+terminal+transactionId], Status, [orderKind+Status], [channelKind+sortKey], [channelKind+Status+sortKey], [store+sortKey], [store+Status+sortKey], *customerKeys';
const STATUS_CAUSES = `${STATUS_KEYS}, [channelKind+Status+ErrorCause+sortKey], [store+Status+ErrorCause+sortKey], [channelKind+RetryCount]`;
/** Version 5 before Run history's search (d762df4), and before it but with an index on each customer field (8c51567). */
const V5_FIRST = { keptCounts: '[table+group]', jobRuns: '++id, jobId, status, startedAt, [jobId+id], [status+id], [jobId+status+id]', asyncCustomers: 'operationId, asyncCustomerAccount, customerAccount, status, operationTimestamp, [status+operationTimestamp]' };
const V5_FIELD_INDEXES = {
  ...V5_FIRST, asyncCustomers: `${V5_FIRST.asyncCustomers}, name, customerGroup, storeId`,
  asyncAddresses: 'operationId, street, city, zipCode, countryRegionId', asyncContacts: '++id, operationId, locator', asyncAttributes: '++id, operationId, newValue',
};

/** The rows of a table, typed. */
const rowsOf = <T,>(tables: Map<string, Written>, name: string) => tables.get(name)!.rows as T[];
const setRows = (tables: Map<string, Written>, name: string, rows: unknown[], keys: IndexableType[] | null = null) => tables.set(name, { rows, keys });

/** Runs without the words of Run history's search: written before it. */
const runsWithoutWords = (tables: Map<string, Written>) =>
  setRows(tables, 'jobRuns', rowsOf<JobRun>(tables, 'jobRuns').map(({ searchWords: _words, ...run }) => run));

/** Operations without their e-mail and phone fields: version 8 was then the transaction lists' customer keys alone. */
const operationsWithoutContactFields = (tables: Map<string, Written>) =>
  setRows(tables, 'asyncCustomers', rowsOf<AsyncCustomer>(tables, 'asyncCustomers').map(({ email: _email, phone: _phone, ...op }) => op));

/** Kept counts as a build counted them: operations by status alone, and orders without their cause if it had none. */
async function countedAsThen(tables: Map<string, Written>, groupsThen: ReadonlyMap<string, GroupOf>): Promise<void> {
  const counts = [];
  for (const [name, groupOf] of groupsThen) {
    const rows = rowsOf<Record<string, unknown>>(tables, name);
    counts.push(...(await recount({ each: async (fn) => rows.forEach(fn) }, name, groupOf)));
  }
  setRows(tables, KEPT_COUNTS, counts);
}
const BY_STATUS_ALONE: GroupOf = (o) => [String(o.status)];
const WITHOUT_CAUSES = new Map<string, GroupOf>([...COUNTED_GROUPS, ['RetailTransactionOrderStatus', (s) => [String(s.channelKind), String(s.store), String(s.Status)]], ['asyncCustomers', BY_STATUS_ALONE]]);
const ORDER_CAUSES_ONLY = new Map<string, GroupOf>([...COUNTED_GROUPS, ['asyncCustomers', BY_STATUS_ALONE]]);

/** The search as its first build kept it: each value's term under the operation's status, and no status key. */
function termsUnderTheirStatus(tables: Map<string, Written>): void {
  const { keys } = tables.get(CUSTOMER_TERMS)!;
  const statusOf = new Map(rowsOf<AsyncCustomer>(tables, 'asyncCustomers').map((op) => [op.operationId, op.status]));
  const old = (keys as TermKey[]).filter(([term]) => !term.startsWith('\u0000')).map(([term, time, id]): TermKey => [`${statusOf.get(id)}\u0001${term}`, time, id]);
  setRows(tables, CUSTOMER_TERMS, old.map(() => 0), old);
}

/** The search's counts keyed by value alone, over every status, with or without the attributes. */
function countsByValueAlone(tables: Map<string, Written>, withAttributes: boolean): void {
  const { rows, keys } = tables.get(CUSTOMER_TERM_COUNTS)!;
  const byTerm = new Map<string, number>();
  (keys as CountKey[]).forEach(([, term], i) => {
    if (withAttributes || !term.startsWith('attribute:')) byTerm.set(term, (byTerm.get(term) ?? 0) + (rows[i] as number));
  });
  setRows(tables, CUSTOMER_TERM_COUNTS, [...byTerm.values()], [...byTerm.keys()]);
}

export const LANDED_BUILDS: LandedBuild[] = [
  { build: 'd762df4 (version 5: kept counts, before Run history\u2019s search)', versions: [...todayUpTo(4), [5, V5_FIRST]],
    shape: (t) => {
      runsWithoutWords(t);
      return countedAsThen(t, WITHOUT_CAUSES);
    } },
  { build: '8c51567 (version 5: an index on each customer field)', versions: [...todayUpTo(4), [5, V5_FIELD_INDEXES]],
    shape: (t) => {
      runsWithoutWords(t);
      return countedAsThen(t, WITHOUT_CAUSES);
    } },
  { build: '6d8a2f2 (version 8: the transaction lists\u2019 customer keys alone)', versions: [...todayUpTo(5), [8, { RetailTransactionOrderStatus: STATUS_KEYS }]],
    shape: (t) => {
      operationsWithoutContactFields(t);
      return countedAsThen(t, WITHOUT_CAUSES);
    } },
  { build: '54552a9 (version 9: the orders\u2019 error causes, today\u2019s 8)', versions: [...todayUpTo(5), [8, { RetailTransactionOrderStatus: STATUS_KEYS }], [9, { RetailTransactionOrderStatus: STATUS_CAUSES }]],
    shape: (t) => {
      operationsWithoutContactFields(t);
      return countedAsThen(t, ORDER_CAUSES_ONLY);
    } },
  { build: 'b705f6f (version 9: the operations\u2019 error causes too)', versions: [...todayUpTo(5), [8, { RetailTransactionOrderStatus: STATUS_KEYS }], [9, { RetailTransactionOrderStatus: STATUS_CAUSES }]],
    shape: (t) => operationsWithoutContactFields(t) },
  { build: '3dfdee5 (version 8: today\u2019s 7)', versions: [...todayUpTo(5), [8, today(7)[1]]], shape: () => undefined },
  { build: 'bb78c3a (versions 6 and 8: coupled records, and today\u2019s 7)', versions: [...todayUpTo(6), [8, today(7)[1]]], shape: () => undefined },
  { build: 'c65ea52 (version 9: today\u2019s 8)', versions: [...todayUpTo(6), [8, today(7)[1]], [9, today(8)[1]]], shape: () => undefined },
  { build: 'b6e0cf8 (version 9: the search, each term under its operation\u2019s status)', versions: todayUpTo(9), shape: termsUnderTheirStatus },
  { build: 'c511645 (version 9: the search, its status a term of its own)', versions: todayUpTo(9), shape: () => undefined },
  { build: '03c0cdc (version 10: the counts by value alone, attributes not counted)', versions: todayUpTo(10), shape: (t) => countsByValueAlone(t, false) },
  { build: 'b7117e6 (version 10: the counts by value alone)', versions: todayUpTo(10), shape: (t) => countsByValueAlone(t, true) },
];
