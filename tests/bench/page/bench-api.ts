// What the bench page exposes on window.bench, for tests/bench/run.ts to call with page.evaluate.
// Types only: run.ts imports them without loading any browser code.
import type { RunCounts } from '../../../shared/runner/job-runs';

/** One run of the engine, in its worker, timed from the page: the command sent until its answer came back. */
export interface EngineRun {
  ms: number;
  counts: RunCounts | null;
  /**
   * Synchronize orders only: a person's Synchronize orders sent while the job ran, each to its
   * answer, on a quiet machine and while `cores` busy processes kept the machine's cores at work.
   */
  manual?: { quietMs: number[]; loadedMs: number[]; cores: number } | null;
}

/** The raw side: the same rows bulkPut into a plain Dexie database, timed over the write transactions only. */
export interface RawRun {
  ms: number;
  rows: number;
  /** Rows per table, so the printout says what "the same rows" were. */
  tables: Record<string, number>;
}

export interface PreparedImport {
  transactions: number;
  headers: number;
  salesLines: number;
  packageBytes: number;
  /** How long generating the rows and zipping the package took (set-up, not part of any rate). */
  ms: number;
}

export interface PreparedJobs {
  /** Channel transactions recorded by the simulator (the bench's N); the demo's own come on top. */
  simulated: number;
  /** The simulator's time for them: set-up, printed for information. */
  ms: number;
}

export type ListName = 'transactions' | 'runs' | 'customers';

/** One list under one filter: its first, middle and last page, newest and oldest first, the slowest of them. */
export interface ListCase {
  list: string;
  filter: string;
  total: number;
  /** The slowest first read of a page: what a person waits for on opening it. */
  worstFirstMs: number;
  /** The slowest median of the reads after the first. */
  worstMedianMs: number;
}

export interface PreparedCustomers {
  /** Customers created offline, recorded by the simulator (the bench's N); the demo's own operations come on top. */
  simulated: number;
  /** The simulator's time for them: set-up, printed for information. */
  ms: number;
}

export interface PageQueries {
  pageSize: number;
  cases: ListCase[];
}

/** A hostile import (hostile-import-scenario.ts): read whole to its refusal, then canceled while other commands are answered. */
export interface HostileImportRun {
  rows: number;
  packageBytes: number;
  wholeMs: number;
  /** What the whole read ended with: the refusal of an import whose every row was refused. */
  refusal: string;
  /** Each other command sent while the second read ran, to its answer. */
  answersMs: number[];
  /** Cancel sent, to the import's end. */
  cancelMs: number;
  canceled: string;
}

/** What a pull reads: the connection the bench server signed in, its companies and days, and how many rows HQ holds there. */
export interface PullTarget {
  connectionId: string;
  environmentUrl: string;
  companies: string[];
  from: string;
  to: string;
  rows: number;
}

export interface BenchApi {
  /**
   * Starts the app's HQ worker on a fresh database (seeded with the demo company when asked), or on
   * the one named (the app's demo database is seeded by the worker itself, as in the app). One per page.
   */
  startEngine(seedDemo: boolean, databaseName?: string): Promise<string>;
  prepareImport(transactions: number): Promise<PreparedImport>;
  runImport(): Promise<EngineRun>;
  rawOfImport(): Promise<RawRun>;
  /** The imported workspace's database, and Check data over it (in a page whose engine was started on it). */
  importedDatabase(): Promise<string>;
  runCheckData(): Promise<EngineRun>;
  prepareJobs(transactions: number): Promise<PreparedJobs>;
  runUpload(): Promise<EngineRun>;
  rawOfUpload(): Promise<RawRun>;
  runSynchronizeOrders(): Promise<EngineRun>;
  rawOfSynchronizeOrders(): Promise<RawRun>;
  queryListPages(lists: ListName[]): Promise<PageQueries>;
  /** Adds n finished runs to the run history (set-up); answers how many it holds. */
  addRuns(n: number): Promise<number>;
  prepareCustomers(operations: number): Promise<PreparedCustomers>;
  runSynchronizeCustomers(): Promise<EngineRun>;
  rawOfSynchronizeCustomers(): Promise<RawRun>;
  runHostileImport(rows: number): Promise<HostileImportRun>;
  runPull(target: PullTarget): Promise<EngineRun>;
  rawOfPull(): Promise<RawRun>;
}

export type BenchWindow = {
  bench: BenchApi;
  /** Set by run.ts (page.exposeFunction): starts (true) or stops busy processes on every core; answers how many. */
  benchBackgroundLoad?: (on: boolean) => Promise<number>;
};
