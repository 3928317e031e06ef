import { Dexie } from 'dexie';
import type { HqDatabase } from '../../db/hq-database';
import { emptyCounts } from '../../runner/job-runs';
import type { RunContext } from '../../runner/run-progress';
import type { BatchOutcome } from '../../runner/run-outcome';
import { isAbort } from '../../platform/user-facing-error';
import { NumberDrawer } from '../../configuration/number-drawer';
import { offlineAccountOf, SYNCHRONIZED_KINDS, type RetailTransactionOrderStatus } from '../order-status';
import { keyOf, type TransactionKey, type TransactionKeyTuple } from '../transaction-entities';
import { orderErrors, type OrderErrorCause } from '../order-errors';
import { chunkReadTables, readChunk, readSources, sourceTables, type ChunkReads } from '../synchronize/read-order-chunk';
import { decideContained, storedRowsOf } from '../synchronize/decide-order-chunk';
import { withUsedUpSequence, type Failure } from '../synchronize/commit-order-chunk';
import type { CheckFinding, DataCheck, Disagreement } from './check-findings';
import { notJudgedOf } from './not-judged';

/*
 * Check data: Synchronize orders' own read and decide steps run over an imported workspace's
 * orders, a chunk at a time, writing nothing but what it found (dataCheckFindings, dataChecks):
 * the transactions and their statuses stay exactly as HQ exported them. What the workspace does not
 * hold (its export brought no items, no configuration…) is read as not known, so the rules that
 * need it are not applied, and the run says so (not-judged.ts).
 */

/** Whether a cause is of the transaction's data (a kind of data error), not of HQ's configuration or a customer. */
const isDataCause = (cause: string) => cause === 'transactionData' || cause.startsWith('data:');

/**
 * Where HQ's status and the check part ways about the transaction's data, if they do: HQ failed the
 * order (on its configuration, or on data) and the check finds its data clean and none of HQ's causes;
 * or HQ made the order, or failed it on its configuration alone, and the check finds a data error.
 * An order HQ never tried (None, Editing…) has no verdict of HQ's to disagree with.
 */
function disagreementOf(hq: RetailTransactionOrderStatus, failure: Failure | null): Disagreement | null {
  const checkFindsData = failure?.causes.some(isDataCause) ?? false;
  if (hq.Status === 'Failed') {
    const hqFindsData = hq.ErrorCauses.some(isDataCause);
    const sharedCause = failure?.causes.some((cause) => hq.ErrorCauses.includes(cause)) ?? false;
    if (!checkFindsData && !sharedCause) return 'hqFailedDataClean';
    if (checkFindsData && !hqFindsData) return 'dataErrorHqMissed';
    return null;
  }
  return hq.Status === 'Succeeded' && checkFindsData ? 'dataErrorHqMissed' : null;
}

/**
 * The workspace's transactions oldest first, as the job takes them: the keys of each channel's
 * statuses by date and time (keys only), merged.
 */
async function keysOldestFirst(db: HqDatabase): Promise<TransactionKeyTuple[]> {
  const byChannel = await Promise.all((['online', 'pos'] as const).map(async (kind) => {
    const range = db.RetailTransactionOrderStatus.where('[channelKind+sortKey]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]);
    const [sorts, keys] = await Promise.all([range.keys(), range.primaryKeys()]);
    return keys.map((key, i) => ({ key, sort: String((sorts[i] as unknown as [string, string])[1]) }));
  }));
  // Sort keys are ISO dates and times: compared as code units (localeCompare costs seconds at 100,000).
  return byChannel.flat().sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : 0)).map((k) => k.key);
}

/**
 * Transactions a chunk: larger than the job's (which holds people's clicks behind it), since Check
 * data writes only its findings and a chunk costs a read and a write transaction whatever its size.
 */
const CHECK_CHUNK = 500;

/** One chunk's rows, read as Synchronize orders reads them, in one read-only transaction. */
function readAt(db: HqDatabase, keys: readonly TransactionKeyTuple[], start: number): Promise<ChunkReads> {
  const chunk: TransactionKey[] = keys.slice(start, start + CHECK_CHUNK).map(([dataAreaId, store, terminal, transactionId]) => ({ dataAreaId, store, terminal, transactionId }));
  const reads = db.transaction('r', [...sourceTables(db), ...chunkReadTables(db)], async () => readChunk(db, chunk, await readSources(db, chunk, 'unknown')));
  // Read ahead: one a cancel or an error leaves unawaited is not reported as unhandled (whoever awaits it still sees its error).
  reads.catch(() => undefined);
  return reads;
}

/** What one order of a chunk comes to: its failure (null: it passes), or no order at all. */
type Judged = { order: false } | { order: true; status: RetailTransactionOrderStatus; failure: Failure | null; customerUnknown: boolean };

/**
 * The numbers the sales order sequence would give, drawn in memory across the run: the orders that
 * pass take them oldest first, as the job would, and those beyond its end would fail for it. Null
 * where the workspace holds no sequence.
 */
class SequenceWatch {
  private drawer: NumberDrawer | null | undefined;

  of(reads: ChunkReads): NumberDrawer | null {
    if (this.drawer === undefined) this.drawer = reads.sequence ? new NumberDrawer(reads.sequence) : null;
    return this.drawer;
  }
}

function judge(reads: ChunkReads, i: number, sequence: SequenceWatch): Judged {
  const status = reads.statuses[i];
  if (!status || !SYNCHRONIZED_KINDS.includes(status.orderKind)) return { order: false };
  const key = reads.keys[i]!;
  const account = offlineAccountOf(reads.headers[i]);
  // A customer created offline that the workspace holds no synchronized customer for is not judged: its order is checked without it.
  const customer = account ? reads.customers.get(account) : undefined;
  const plan = decideContained(key, storedRowsOf(reads, i), customer, reads.sources.config);
  const numbers = sequence.of(reads);
  let failure: Failure | null = null;
  if (plan.kind === 'fail') failure = numbers ? withUsedUpSequence(plan, numbers) : plan;
  else if (plan.kind === 'make' && numbers && numbers.draw() === null) failure = { details: orderErrors.numberSequenceExceeded(), causes: ['numberSequence'] };
  return { order: true, status, failure, customerUnknown: Boolean(account && !customer) };
}

function findingOf(status: RetailTransactionOrderStatus, failure: Failure | null, checkId: number, at: string): CheckFinding | null {
  const disagreement = disagreementOf(status, failure);
  if (!failure && !disagreement) return null;
  return {
    ...keyOf(status), checkId, checkedAt: at, channelKind: status.channelKind, sortKey: status.sortKey,
    verdict: failure ? 'fails' : 'passes', causes: failure ? [...failure.causes] as OrderErrorCause[] : [], details: failure?.details ?? null,
    hqStatus: status.Status, hqCauses: [...status.ErrorCauses], disagreement,
  };
}

/**
 * Runs Check data over every transaction of the workspace, replacing the findings of the check
 * before. Each chunk is read in one read-only transaction (as Synchronize orders reads one),
 * decided, and its findings written in a transaction of their own; a cancel stops between chunks,
 * and the run records how far it went.
 */
export async function checkData(db: HqDatabase, ctx: RunContext): Promise<BatchOutcome> {
  const startedAt = ctx.now().toISOString();
  const keys = await keysOldestFirst(db);
  const run: DataCheck = {
    startedAt, endedAt: null, status: 'Running', processed: 0, total: keys.length, checked: 0, wouldFail: 0, disagreements: 0, notJudged: [],
  };
  const checkId = await db.transaction('rw', db.dataCheckFindings, db.dataChecks, async () => {
    await db.dataCheckFindings.clear();
    return (await db.dataChecks.add(run))!;
  });
  const counts = emptyCounts();
  const sequence = new SequenceWatch();
  let customersUnknown = 0;
  let first: ChunkReads | null = null;
  const end = (status: DataCheck['status']) => db.dataChecks.put({
    ...run, id: checkId, status, endedAt: ctx.now().toISOString(), processed: counts.processed, checked: counts.succeeded + counts.failed,
    wouldFail: counts.failed, notJudged: notJudgedOf(first?.sources.config ?? null, first?.sequence, customersUnknown),
  });
  ctx.onProgress?.(counts, keys.length);
  try {
    // The next chunk is read while this one's findings are written (a transaction of other tables).
    let ahead = keys.length ? readAt(db, keys, 0) : null;
    for (let start = 0; start < keys.length; start += CHECK_CHUNK) {
      ctx.signal?.throwIfAborted();
      const reads = await ahead!;
      ahead = start + CHECK_CHUNK < keys.length ? readAt(db, keys, start + CHECK_CHUNK) : null;
      const chunk = reads.keys;
      first ??= reads;
      const at = ctx.now().toISOString();
      const findings: CheckFinding[] = [];
      for (let i = 0; i < chunk.length; i += 1) {
        const judged = judge(reads, i, sequence);
        counts.processed += 1;
        if (!judged.order) {
          counts.skipped += 1;
          continue;
        }
        counts[judged.failure ? 'failed' : 'succeeded'] += 1;
        if (judged.customerUnknown) customersUnknown += 1;
        const finding = findingOf(judged.status, judged.failure, checkId, at);
        if (finding) findings.push(finding);
        if (finding?.disagreement) run.disagreements += 1;
      }
      // Every finding is new: the check began by clearing them.
      await db.dataCheckFindings.bulkAdd(findings);
      ctx.onProgress?.(counts, keys.length);
    }
    await end('Ended');
    return { counts, canceled: false };
  } catch (error) {
    const canceled = Boolean(ctx.signal?.aborted && isAbort(error));
    // The run says how far it went; if even that cannot be written (the disk full), the error is what is told.
    await end(canceled ? 'Canceled' : 'Stopped').catch(() => undefined);
    if (canceled) return { counts, canceled: true };
    throw error;
  }
}
