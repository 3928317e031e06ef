import { isAbort, isStorageFailure, UserFacingError, userMessage } from '../../platform/user-facing-error';
import type { HqDatabase } from '../../db/hq-database';
import { emptyCounts } from '../../runner/job-runs';
import type { ChannelKind } from '../../configuration/organization';
import { keyText, keyTuple, type TransactionBundle } from '../../orders/transaction-entities';
import type { ChannelTransactionRecord } from '../channel-records';
import type { ChannelCustomerOperation } from '../../customers/customers';
import type { RetailTransactionOrderStatus } from '../../orders/order-status';
import { DEFAULT_MAX_TRIES, type UploadSession } from './upload-sessions';
import { channelCustomerOperationSchema, describeIssues } from '../../customers/customer-schemas';
import { describeRecordProblems } from '../../orders/record-problem';
import { parseTransactionBundle } from '../../orders/transaction-schemas';
import type { RunContext } from '../../runner/run-progress';
import { asyncWriteTables, storeUploadedOperations } from '../../customers/async-customer-operation';
import { newOrderStatus, storeTransactions, transactionTables } from '../../orders/retail-transaction-store';
import type { JobOutcome } from '../../runner/run-outcome';

const CHUNK = 1000;
const MAX_ORIGINAL = 20_000;
const rangeOf = (databaseId: string, from: number, to: number) => [[databaseId, from], [databaseId, to]] as const;

/**
 * Packages what is new in one channel database (transactions and customer operations, up to its
 * replication counter) into an Available session, and packages again the range of any session
 * that was canceled. The watermark moves with the packaging, so live sessions never overlap.
 */
async function packageSessions(db: HqDatabase, databaseId: string, runId: number, now: string): Promise<void> {
  await db.transaction('rw', [db.channelDatabases, db.channelTransactionRecords, db.channelCustomerOperations, db.uploadWatermarks, db.uploadSessions], async () => {
    const fresh = (fromSeq: number, toSeq: number, rowCount: number): UploadSession => ({
      runId, channelDatabaseId: databaseId, fromSeq, toSeq, rowCount, setAside: 0, status: 'Available', tryCount: 0,
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
    const rows = (await db.channelTransactionRecords.where('[channelDatabaseId+seq]').between(lower, upper, true, true).count())
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
  setAside: number;
  error: string | null;
}

/** What a set-aside row is, as people name it, from whatever of its key it has. */
function transactionLabel(tables: unknown, seq: number): string {
  const header = typeof tables === 'object' && tables !== null ? (tables as { RetailTransactionTable?: unknown }).RetailTransactionTable : undefined;
  const parts = typeof header === 'object' && header !== null
    ? [(header as Record<string, unknown>).store, (header as Record<string, unknown>).terminal, (header as Record<string, unknown>).transactionId] : [];
  return parts.length && parts.every((p) => typeof p === 'string' && p) ? `Transaction ${parts.join('/')}` : `Transaction at replication counter ${seq}`;
}

/** The row as the channel sent it, for the person who looks into it; whatever it holds (numbers too big for JSON, loops), never a failure. */
function original(value: unknown): string {
  let json: string;
  try {
    json = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)) ?? String(value);
  } catch {
    json = 'The row could not be written out (it refers to itself).';
  }
  return json.length > MAX_ORIGINAL ? `${json.slice(0, MAX_ORIGINAL)}…` : json;
}

type Verdict = { store: TransactionBundle; channelKind: ChannelKind; key: string } | { setAside: string; label: string };

/** What to do with one channel transaction: store it, or set it aside with its reasons. Never throws. */
function judgeTransaction(record: ChannelTransactionRecord, channelKinds: ReadonlyMap<string, ChannelKind>): Verdict {
  try {
    const parsed = parseTransactionBundle(record.tables);
    if (!parsed.ok) return { setAside: describeRecordProblems(parsed.problems), label: transactionLabel(record.tables, record.seq) };
    const header = parsed.value.RetailTransactionTable;
    const key = keyText(header);
    const channelKind = channelKinds.get(header.store);
    if (!channelKind) return { setAside: `Transaction: store '${header.store}' is not a store headquarters knows.`, label: `Transaction ${key}` };
    return { store: parsed.value, channelKind, key };
  } catch (error) {
    if (isStorageFailure(error) || isAbort(error)) throw error;
    return { setAside: userMessage(error, 'reading this transaction'), label: transactionLabel(record.tables, record.seq) };
  }
}

/**
 * Copies one chunk of a session into HQ. Each record is checked by its entity schemas: a record
 * that fails is set aside with its reasons (never applied in part), the others are applied, all
 * with one bulkAdd per table. Rows HQ already has are left out, so applying again (a retry, a run
 * that stopped) never doubles one.
 */
async function applyChunk(db: HqDatabase, databaseId: string, from: number, to: number, sessionId: number, channelKinds: ReadonlyMap<string, ChannelKind>, now: string) {
  const [lower, upper] = rangeOf(databaseId, from, to);
  const tables = [db.channelTransactionRecords, db.channelCustomerOperations, db.uploadSetAside, ...transactionTables(db), ...asyncWriteTables(db)];
  return db.transaction('rw', tables, async () => {
    const result = { read: 0, added: 0, setAside: 0 };
    const setAside = async (seq: number, record: string, reason: string, raw: unknown) => {
      result.setAside += 1;
      // A range packaged again after a cancel meets its set-aside rows again: they move to this session, once.
      const earlier = await db.uploadSetAside.where('[channelDatabaseId+seq]').equals([databaseId, seq]).first();
      if (earlier) await db.uploadSetAside.update(earlier.id!, { sessionId });
      else await db.uploadSetAside.add({ sessionId, channelDatabaseId: databaseId, seq, record, reason, original: original(raw), setAsideAt: now });
    };
    const records = await db.channelTransactionRecords.where('[channelDatabaseId+seq]').between(lower, upper, true, true).toArray();
    const fresh = new Map<string, { bundle: TransactionBundle; status: RetailTransactionOrderStatus }>();
    for (const record of records) {
      result.read += 1;
      const verdict = judgeTransaction(record, channelKinds);
      if ('setAside' in verdict) await setAside(record.seq, verdict.label, verdict.setAside, record.tables);
      // The channel may send a transaction twice: the first one counts.
      else if (!fresh.has(verdict.key)) fresh.set(verdict.key, { bundle: verdict.store, status: newOrderStatus(verdict.store.RetailTransactionTable, verdict.channelKind, now) });
    }
    const entries = [...fresh.values()];
    const known = await db.RetailTransactionTable.bulkGet(entries.map((e) => keyTuple(e.bundle.RetailTransactionTable)));
    const added = entries.filter((_, i) => !known[i]);
    await storeTransactions(db, added);
    result.added += added.length;
    const operations: ChannelCustomerOperation[] = [];
    for (const raw of await db.channelCustomerOperations.where('[channelDatabaseId+seq]').between(lower, upper, true, true).toArray()) {
      result.read += 1;
      const label = `Customer operation ${typeof raw.operationId === 'string' ? raw.operationId : `at replication counter ${raw.seq}`}`;
      const parsed = channelCustomerOperationSchema.safeParse(raw);
      if (!parsed.success) await setAside(raw.seq, label, describeIssues(label, parsed.error), raw);
      else operations.push(parsed.data);
    }
    result.added += await storeUploadedOperations(db, operations);
    return result;
  });
}

/**
 * Applies one session, chunk by chunk, each chunk reported to onChunk once committed (so a run
 * stopped midway counts what it did). An offline channel database fails the try; after maxTries
 * the session is Canceled. Rows that fail validation are set aside and the rest is applied:
 * one bad row never holds up its channel.
 */
export async function applyUploadSession(
  db: HqDatabase, sessionId: number, ctx: RunContext, onChunk?: (chunk: Omit<ApplyResult, 'error'>) => void,
): Promise<ApplyResult> {
  const session = await db.uploadSessions.get(sessionId);
  if (!session) throw new UserFacingError(`Upload session ${sessionId} does not exist.`);
  if (session.status === 'Applied' || session.status === 'Canceled') return { read: 0, added: 0, setAside: 0, error: null };
  const database = await db.channelDatabases.get(session.channelDatabaseId);
  const tryCount = session.tryCount + 1;
  if (!database?.online) {
    const error = `Channel database ${database?.name ?? session.channelDatabaseId} is offline: upload session ${sessionId} could not be applied (try ${tryCount} of ${session.maxTries}).`;
    await settleSession(db, sessionId, { tryCount, error, status: tryCount >= session.maxTries ? 'Canceled' : 'Apply failed' });
    return { read: 0, added: 0, setAside: 0, error };
  }
  const channelKinds = new Map((await db.stores.toArray()).map((s) => [s.id, s.kind]));
  const total = { read: 0, added: 0, setAside: 0 };
  for (let from = session.fromSeq; from <= session.toSeq; from += CHUNK) {
    ctx.signal?.throwIfAborted();
    const chunk = await applyChunk(db, session.channelDatabaseId, from, Math.min(from + CHUNK - 1, session.toSeq), sessionId, channelKinds, ctx.now().toISOString());
    total.read += chunk.read;
    total.added += chunk.added;
    total.setAside += chunk.setAside;
    onChunk?.(chunk);
  }
  await settleSession(db, sessionId, { status: 'Applied', tryCount, error: null, appliedAt: ctx.now().toISOString(), setAside: total.setAside });
  return { ...total, error: null };
}

/**
 * P-0001: for each channel database of the chosen groups (all when none are chosen), packages
 * the new transactions and customer operations into an upload session and applies every open session, oldest first.
 * One offline database (with sessions to apply or not) ends the run in Error with its message; the others still upload.
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
    const result = await applyUploadSession(db, session.id!, ctx, (chunk) => {
      counts.processed += chunk.read;
      counts.succeeded += chunk.added;
      counts.failed += chunk.setAside;
      counts.skipped += chunk.read - chunk.added - chunk.setAside;
      ctx.onProgress?.(counts, total);
    });
    if (result.error) {
      errors.push(result.error);
      counts.failed += session.rowCount;
      counts.processed += session.rowCount;
      ctx.onProgress?.(counts, total);
    }
  }
  // An offline database with nothing packaged is not a quiet one: nobody could ask it what it
  // recorded since the last upload, and the run says so rather than ending as if all were read.
  for (const database of databases) {
    if (!database.online && !open.some((s) => s.channelDatabaseId === database.id)) errors.push(unreachableDatabase(database.name));
  }
  return { counts, error: errors.length ? errors.join('\n') : null };
}

const unreachableDatabase = (name: string) =>
  `Channel database ${name} is offline: P-0001 could not check it for new transactions or customers; the next run after it is back online uploads them.`;
