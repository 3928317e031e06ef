import type { ImportBatch, ImportReport } from '../import/import-types';
import { ImportRefused } from '../import/import-types';
import type { ImportOptions } from '../import/import-options';
import { parseODataPage, readODataPage, rowsOfPage } from '../import/read-odata';
import { RowCollector, type CollectorOptions } from '../import/row-collector';
import type { HqReader } from './hq-read';
import { changedStatusesQuery, keyQueries, recentTransactionsQuery, STATUS_SET, TRANSACTION_SETS, windowQuery, type FoundTransaction, type PulledSet } from './pull-plan';
import type { PullRequest } from './pull-request';
import type { PullStatus } from './pull-status';

/**
 * A pull's pages, read through the import's own reader: each page HQ answers goes through
 * readODataPage into the same collector as an exported file's, so the same validation and the same
 * report (a page is a "file" of it, named by its set and number). Every @odata.nextLink is followed
 * to the end. What the network does is not a failure of the data: a wait HQ asks for is waited
 * out; a sign-in that has lapsed, or a lost connection, pauses the pull on the page it reached
 * until the person says to go on (or cancels); only what HQ refuses outright stops it, and then
 * nothing is kept (the caller deletes the workspace's database).
 */
export interface PullControl {
  read: HqReader;
  signal?: AbortSignal;
  onStatus?: (status: PullStatus) => void;
  /** Resolves when the person says to go on after a pause (signed in again, network back); rejects if the pull is canceled meanwhile. */
  resumed: (signal?: AbortSignal) => Promise<void>;
  /** Waits as HQ asked; rejects on abort. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
}

export type PullReadOptions = CollectorOptions & { import: ImportOptions };

type Json = Record<string, unknown>;

/**
 * Requests in flight at most. HQ's service protection limits count a user's concurrent requests
 * and answer 429 beyond them; a few are well within, and each 429 is waited out as HQ says.
 */
const PAGES_AHEAD = 4;

export class PullReader {
  private pages = 0;
  private status: PullStatus = { pages: 0, rows: 0, set: '', wait: null, paused: null };

  constructor(private readonly request: PullRequest, private readonly control: PullControl) {}

  /** Reads every page the request names into `sink`; the report as readImport's. */
  async read(sink: (batch: ImportBatch) => Promise<void>, options: PullReadOptions): Promise<ImportReport> {
    const collector = new RowCollector(sink, options);
    // The transactions whose rows the sets without a day window are read by: those found by their
    // status (unsynchronized only), else those the day window brought.
    const found: FoundTransaction[] = [];
    const byKeys = this.request.unsynchronizedOnly;
    if (this.request.statuses) await this.collect(collector, options, STATUS_SET, [windowQuery(STATUS_SET, this.request)], byKeys ? found : undefined);
    if (this.request.transactions) {
      for (const [i, set] of TRANSACTION_SETS.entries()) {
        const firsts = byKeys || set.date === null ? keyQueries(set, found) : [windowQuery({ ...set, date: set.date }, this.request)];
        await this.collect(collector, options, set, firsts, !byKeys && i === 0 ? found : undefined);
      }
    }
    return { ...(await collector.finish()), incomplete: [] };
  }

  /**
   * The transactions HQ changed or received since `since` (ISO), in the request's companies, stores
   * and days: those whose order status changed (SysModifiedDateTime), and, in a pull of whole days,
   * those of the days from then on (the transaction sets have no modification time). Only their
   * keys are read.
   */
  async findChanged(since: string): Promise<FoundTransaction[]> {
    const found = new Map<string, FoundTransaction>();
    const asked: [PulledSet, string][] = [];
    if (this.request.statuses) asked.push([STATUS_SET, changedStatusesQuery(this.request, since)]);
    // A pull of unsynchronized orders found them by their status, and finds new ones the same way:
    // every transaction HQ receives gets its status row then.
    const recent = this.request.transactions && !this.request.unsynchronizedOnly ? recentTransactionsQuery(this.request, since) : null;
    if (recent) asked.push([TRANSACTION_SETS[0]!, recent]);
    for (const [set, first] of asked) {
      await this.eachPage(set, [first], async (_name, page) => {
        for (const row of rowsOfPage(page)!) {
          const transaction = foundOf(set, row as Json);
          found.set(`${transaction.company}\u0000${transaction.transactionNumber}`, transaction);
        }
      });
    }
    return [...found.values()];
  }

  /** Every row of the transactions named, in every set the request brings, into `sink`: the report as readImport's. */
  async readTransactions(found: readonly FoundTransaction[], sink: (batch: ImportBatch) => Promise<void>, options: PullReadOptions): Promise<ImportReport> {
    const collector = new RowCollector(sink, options);
    if (this.request.statuses) await this.collect(collector, options, STATUS_SET, keyQueries(STATUS_SET, found));
    if (this.request.transactions) for (const set of TRANSACTION_SETS) await this.collect(collector, options, set, keyQueries(set, found));
    return { ...(await collector.finish()), incomplete: [] };
  }

  /** A set's pages through the import's reader into the collector; the transactions of its rows noted in `found` if given. */
  private async collect(collector: RowCollector, options: PullReadOptions, set: PulledSet, firsts: readonly string[], found?: FoundTransaction[]): Promise<void> {
    const context = { company: null, locale: options.import.dateLocale, maxCellChars: collector.limits.maxCellChars };
    await this.eachPage(set, firsts, async (name, page) => {
      if (found) for (const row of rowsOfPage(page)!) found.push(foundOf(set, row as Json));
      collector.report.files.push(await readODataPage(name, page, collector, context));
      this.say({ rows: collector.report.rowsRead });
    });
  }

  /**
   * Every page of a set from its first pages, each @odata.nextLink followed to the end, handed to
   * `take` in order. Pages are asked for ahead while the one in hand is taken: a chain's next page
   * as soon as its link is read, and up to PAGES_AHEAD of the queries known in advance.
   */
  private async eachPage(set: PulledSet, firsts: readonly string[], take: (name: string, page: Json) => Promise<void>): Promise<void> {
    const queue = [...firsts];
    const inFlight: Promise<{ name: string; page: Json }>[] = [];
    const askAhead = () => {
      while (inFlight.length < PAGES_AHEAD && queue.length) {
        const asked = this.page(set, queue.shift()!);
        // Awaited in its turn; until then a failure must not be reported as unhandled.
        asked.catch(() => undefined);
        inFlight.push(asked);
      }
    };
    askAhead();
    while (inFlight.length) {
      const { name, page } = await inFlight.shift()!;
      const link = page['@odata.nextLink'];
      if (typeof link === 'string') queue.unshift(link);
      askAhead();
      await take(name, page);
    }
  }

  /** One page, whatever the network does on the way: waits, pauses and asks again until HQ answers it or refuses. */
  private async page(set: PulledSet, url: string): Promise<{ name: string; page: Json }> {
    const { signal } = this.control;
    for (;;) {
      signal?.throwIfAborted();
      this.say({ set: set.entity.set, wait: null, paused: null });
      const answer = await this.control.read({ connectionId: this.request.connectionId, url });
      signal?.throwIfAborted();
      switch (answer.kind) {
        case 'page': {
          this.pages += 1;
          this.say({ pages: this.pages });
          const name = `${set.entity.set} page ${this.pages}`;
          return { name, page: parseODataPage(name, answer.body) };
        }
        case 'wait':
          this.say({ wait: { status: answer.status, seconds: answer.seconds } });
          await this.control.sleep(answer.seconds * 1000, signal);
          break;
        case 'signIn':
          this.say({ paused: { reason: 'signIn', message: answer.message } });
          await this.control.resumed(signal);
          break;
        case 'failed':
          if (answer.reason !== 'network') throw new ImportRefused(`HQ did not answer ${set.entity.set}: ${answer.message} Nothing of this pull was kept.`);
          this.say({ paused: { reason: 'network', message: answer.message } });
          await this.control.resumed(signal);
          break;
      }
    }
  }

  private say(patch: Partial<PullStatus>): void {
    this.status = { ...this.status, ...patch };
    this.control.onStatus?.(this.status);
  }
}

const textOf = (value: unknown) => (typeof value === 'string' ? value : String(value ?? ''));
const foundOf = (set: PulledSet, row: Json): FoundTransaction => ({ company: textOf(row.dataAreaId).toLowerCase(), transactionNumber: textOf(row[set.transactionNumber]) });
