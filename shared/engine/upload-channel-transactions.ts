import { Dexie } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { emptyCounts, type RunCounts } from '../domain/job-runs';
import type { ChannelTransaction, HqTransaction } from '../domain/transactions';
import type { RunContext } from './run-progress';

const CHUNK = 500;

function toHeadquarters({ seq: _seq, ...transaction }: ChannelTransaction, uploadedAt: string): HqTransaction {
  return { ...transaction, uploadedAt, pendingOrderStatus: 'None', salesOrderId: null, orderErrorDetails: null, retryCount: 0, syncModifiedAt: null };
}

/**
 * P-0001: copies the channel transactions that are new since the last upload from the channel
 * databases of the chosen groups (all when none are chosen). The watermark and the rows move in
 * one IndexedDB transaction, and rows HQ already has are never written again, so a transaction
 * is uploaded once even if a run stops halfway.
 */
export async function uploadChannelTransactions(db: HqDatabase, groupIds: readonly string[] | null, ctx: RunContext): Promise<RunCounts> {
  const databases = groupIds ? await db.channelDatabases.where('groupId').anyOf([...groupIds]).toArray() : await db.channelDatabases.toArray();
  const counts = emptyCounts();
  const pending = await Promise.all(
    databases.map(async (d) => {
      const mark = (await db.uploadWatermarks.get(d.id))?.lastSeq ?? 0;
      return db.channelTransactions.where('[channelDatabaseId+seq]').between([d.id, mark + 1], [d.id, Dexie.maxKey]).count();
    }),
  );
  const total = pending.reduce((a, b) => a + b, 0);
  ctx.onProgress?.(counts, total);
  for (const database of databases) {
    for (;;) {
      ctx.signal?.throwIfAborted();
      const { read, added } = await db.transaction('rw', [db.channelTransactions, db.uploadWatermarks, db.transactions], async () => {
        const mark = (await db.uploadWatermarks.get(database.id))?.lastSeq ?? 0;
        const batch = await db.channelTransactions
          .where('[channelDatabaseId+seq]')
          .between([database.id, mark + 1], [database.id, Dexie.maxKey])
          .limit(CHUNK)
          .toArray();
        if (batch.length === 0) return { read: 0, added: 0 };
        const known = await db.transactions.bulkGet(batch.map((t) => t.transactionId));
        const uploadedAt = ctx.now().toISOString();
        const fresh = batch.filter((_, i) => !known[i]).map((t) => toHeadquarters(t, uploadedAt));
        await db.transactions.bulkAdd(fresh);
        await db.uploadWatermarks.put({ channelDatabaseId: database.id, lastSeq: batch[batch.length - 1]!.seq });
        return { read: batch.length, added: fresh.length };
      });
      if (read === 0) break;
      counts.processed += read;
      counts.succeeded += added;
      counts.skipped += read - added;
      ctx.onProgress?.(counts, total);
    }
  }
  return counts;
}
