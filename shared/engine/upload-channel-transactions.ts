import type { HqDatabase } from '../db/hq-database';
import { emptyCounts } from '../domain/job-runs';
import type { ChannelTransaction, HqTransaction } from '../domain/transactions';
import { DEFAULT_MAX_TRIES, type UploadSession } from '../domain/upload-sessions';
import type { JobOutcome } from './record-job-run';
import type { RunContext } from './run-progress';
import { asyncTables, storeUploadedOperation } from './async-customer-operation';

const CHUNK = 1000;

function toHeadquarters({ seq: _seq, ...transaction }: ChannelTransaction, uploadedAt: string): HqTransaction {
  return { ...transaction, uploadedAt, pendingOrderStatus: 'None', salesOrderId: null, orderErrorDetails: null, retryCount: 0, syncModifiedAt: null };
}

const rangeOf = (databaseId: string, from: number, to: number) => [[databaseId, from], [databaseId, to]] as const;

/**
 * Packages what is new in one channel database (transactions and customer operations, up to its
 * replication counter) into an Available session, and packages again the range of any session
 * that was canceled. The watermark moves with the packaging, so live sessions never overlap.
 */
async function packageSessions(db: HqDatabase, databaseId: string, runId: number, now: string): Promise<void> {
  await db.transaction('rw', [db.channelDatabases, db.channelTransactions, db.channelCustomerOperations, db.uploadWatermarks, db.uploadSessions], async () => {
    const fresh = (fromSeq: number, toSeq: number, rowCount: number): UploadSession => ({
      runId, channelDatabaseId: databaseId, fromSeq, toSeq, rowCount, status: 'Available', tryCount: 0,
      maxTries: DEFAULT_MAX_TRIES, createdAt: now, appliedAt: null, error: null, requeued: false,
    });
    const canceled = await db.uploadSessions.where('[channelDatabaseId+status]').equals([databaseId, 'Canceled']).filter((s) => !s.requeued).toArray();
    for (const old of canceled) {
      await db.uploadSessions.update(old.id!, { requeued: true });
      await db.uploadSessions.add(fresh(old.fromSeq, old.toSeq, old.rowCount));
    }
    const mark = (await db.uploadWatermarks.get(databaseId))?.lastSeq ?? 0;
    const counter = (await db.channelDatabases.get(databaseId))?.replicationCounter ?? 0;
    if (counter <= mark) return;
    const [lower, upper] = rangeOf(databaseId, mark + 1, counter);
    const rows = (await db.channelTransactions.where('[channelDatabaseId+seq]').between(lower, upper, true, true).count())
      + (await db.channelCustomerOperations.where('[channelDatabaseId+seq]').between(lower, upper, true, true).count());
    await db.uploadSessions.add(fresh(mark + 1, counter, rows));
    await db.uploadWatermarks.put({ channelDatabaseId: databaseId, lastSeq: counter });
  });
}

/**
 * Records how a try ended, unless someone canceled the session meanwhile (a Cancel by hand must
 * stand); the try count grows from what is stored, so a retry beside a run counts both tries.
 */
async function settleSession(db: HqDatabase, sessionId: number, patch: Partial<UploadSession> & { tryCount: number }): Promise<void> {
  await db.transaction('rw', db.uploadSessions, async () => {
    const now = await db.uploadSessions.get(sessionId);
    if (!now || now.status === 'Canceled' || now.status === 'Applied') return;
    await db.uploadSessions.update(sessionId, { ...patch, tryCount: Math.max(patch.tryCount, now.tryCount + 1) });
  });
}

export interface ApplyResult {
  read: number;
  added: number;
  error: string | null;
}

/**
 * Applies one session: copies its rows into HQ, leaving out rows HQ already has, so applying
 * again (a retry, a run that stopped halfway) never uploads a transaction twice. An offline
 * channel database fails the try; after maxTries the session is Canceled.
 */
export async function applyUploadSession(db: HqDatabase, sessionId: number, ctx: RunContext): Promise<ApplyResult> {
  const session = await db.uploadSessions.get(sessionId);
  if (!session) throw new Error(`Upload session ${sessionId} does not exist.`);
  if (session.status === 'Applied' || session.status === 'Canceled') return { read: 0, added: 0, error: null };
  const database = await db.channelDatabases.get(session.channelDatabaseId);
  const tryCount = session.tryCount + 1;
  if (!database?.online) {
    const error = `Channel database ${database?.name ?? session.channelDatabaseId} is offline: upload session ${sessionId} could not be applied (try ${tryCount} of ${session.maxTries}).`;
    await settleSession(db, sessionId, { tryCount, error, status: tryCount >= session.maxTries ? 'Canceled' : 'Apply failed' });
    return { read: 0, added: 0, error };
  }
  let read = 0;
  let added = 0;
  for (let from = session.fromSeq; from <= session.toSeq; from += CHUNK) {
    ctx.signal?.throwIfAborted();
    const [lower, upper] = rangeOf(session.channelDatabaseId, from, Math.min(from + CHUNK - 1, session.toSeq));
    added += await db.transaction('rw', [db.channelTransactions, db.transactions, db.channelCustomerOperations, ...asyncTables(db)], async () => {
      const rows = await db.channelTransactions.where('[channelDatabaseId+seq]').between(lower, upper, true, true).toArray();
      const known = await db.transactions.bulkGet(rows.map((t) => t.transactionId));
      const uploadedAt = ctx.now().toISOString();
      const fresh = rows.filter((_, i) => !known[i]).map((t) => toHeadquarters(t, uploadedAt));
      await db.transactions.bulkAdd(fresh);
      const operations = await db.channelCustomerOperations.where('[channelDatabaseId+seq]').between(lower, upper, true, true).toArray();
      let stored = 0;
      for (const op of operations) if (await storeUploadedOperation(db, op)) stored += 1;
      read += rows.length + operations.length;
      return fresh.length + stored;
    });
  }
  await settleSession(db, sessionId, { status: 'Applied', tryCount, error: null, appliedAt: ctx.now().toISOString() });
  return { read, added, error: null };
}

/**
 * P-0001: for each channel database of the chosen groups (all when none are chosen), packages
 * the new transactions and customer operations into an upload session and applies every open session, oldest first.
 * One offline database ends the run in Error with its message; the others still upload.
 */
export async function uploadChannelTransactions(
  db: HqDatabase, groupIds: readonly string[] | null, runId: number, ctx: RunContext,
): Promise<JobOutcome> {
  const databases = groupIds ? await db.channelDatabases.where('groupId').anyOf([...groupIds]).toArray() : await db.channelDatabases.toArray();
  for (const database of databases) await packageSessions(db, database.id, runId, ctx.now().toISOString());
  const open = (await Promise.all(databases.flatMap((d) => ['Available', 'Apply failed'].map((status) =>
    db.uploadSessions.where('[channelDatabaseId+status]').equals([d.id, status]).toArray())))).flat();
  open.sort((a, b) => a.id! - b.id!);
  const counts = emptyCounts();
  const total = open.reduce((sum, s) => sum + s.rowCount, 0);
  const errors: string[] = [];
  ctx.onProgress?.(counts, total);
  for (const session of open) {
    const result = await applyUploadSession(db, session.id!, ctx);
    if (result.error) {
      errors.push(result.error);
      counts.failed += session.rowCount;
    }
    counts.processed += result.error ? session.rowCount : result.read;
    counts.succeeded += result.added;
    counts.skipped += result.read - result.added;
    ctx.onProgress?.(counts, total);
  }
  return { counts, error: errors.length ? errors.join('\n') : null };
}
