import type { HqDatabase } from '../db/hq-database';
import { workspaceDatabaseName, type Workspace, type WorkspaceRegistry } from '../db/workspace-registry';
import { KEY_INDEX, LINE_ENTITY_NAMES, TRANSACTION_ENTITIES, keyText, keyTuple, type TransactionKeyTuple } from '../domain/transaction-entities';
import type { ChannelKind, Store } from '../domain/organization';
import type { RetailTransactionOrderStatus } from '../domain/order-status';
import { lineTable, newOrderStatus } from '../engine/retail-transaction-store';
import type { RunContext } from '../engine/run-progress';
import type { ImportBatch, ImportReport, ImportSource, RejectedRow } from './import-types';
import { readImport } from './read-import';

/** What an import needs besides its files: the registry it enters the workspace in, and how to open and delete a database by name. */
export interface ImportDeps {
  registry: WorkspaceRegistry;
  open: (databaseName: string) => HqDatabase;
  remove: (databaseName: string) => Promise<void>;
}

const IMPORTED_REGION = { id: 'IMPORTED', name: 'Imported' };

/** Writes one batch as it comes: the parser has validated it and refused duplicates already. */
async function writeBatch(db: HqDatabase, batch: ImportBatch, uploadedAt: string): Promise<void> {
  if (batch.entity === 'RetailTransactionTable') await db.RetailTransactionTable.bulkAdd(batch.rows);
  else if (batch.entity === 'RetailTransactionOrderStatus') {
    // The header may come later (pages in any order): what lists page by is settled once all is in.
    await db.RetailTransactionOrderStatus.bulkAdd(batch.rows.map((s) => ({
      ...s, PutOnHold: false, statusBeforeEditing: null, channelKind: 'pos' as const, orderKind: 'other' as const, sortKey: '', uploadedAt,
    })));
  } else await lineTable(db, batch.entity).bulkAdd(batch.rows as unknown as Record<string, unknown>[]);
}

const channelKindOf = (channelReferenceId: string | null): ChannelKind => (channelReferenceId ? 'online' : 'pos');

/**
 * Once every file is in: each transaction gets its order status (the imported one, completed with
 * what the lists page by, or a fresh one), the stores are derived from the transactions, and rows
 * that belong to no imported transaction are taken out and reported.
 */
async function settle(db: HqDatabase, rejected: RejectedRow[], uploadedAt: string): Promise<number> {
  let removed = 0;
  const storeKinds = new Map<string, ChannelKind>();
  await db.transaction('rw', [db.RetailTransactionTable, db.RetailTransactionOrderStatus], async () => {
    const statuses = new Map((await db.RetailTransactionOrderStatus.toArray()).map((s) => [keyText(s), s]));
    const settled: RetailTransactionOrderStatus[] = [];
    await db.RetailTransactionTable.each((header) => {
      const kind = channelKindOf(header.ChannelReferenceId);
      if (kind === 'online' || !storeKinds.has(header.store)) storeKinds.set(header.store, kind);
      const fresh = newOrderStatus(header, kind, uploadedAt);
      const imported = statuses.get(keyText(header));
      statuses.delete(keyText(header));
      settled.push(imported ? { ...fresh, ...pick(imported) } : fresh);
    });
    await db.RetailTransactionOrderStatus.bulkPut(settled);
    for (const orphan of statuses.values()) {
      rejected.push({ file: '(the import)', where: `transaction ${keyText(orphan)}`, field: null, reason: 'its order status was imported, but not the transaction itself' });
      await db.RetailTransactionOrderStatus.delete(keyTuple(orphan));
      removed += 1;
    }
  });
  for (const entity of LINE_ENTITY_NAMES) {
    const keys = (await lineTable(db, entity).orderBy(KEY_INDEX).uniqueKeys()) as unknown as TransactionKeyTuple[];
    const present = await db.RetailTransactionTable.bulkGet(keys);
    for (const [i, key] of keys.entries()) {
      if (present[i]) continue;
      const count = await lineTable(db, entity).where(KEY_INDEX).equals(key).delete();
      removed += count;
      rejected.push({
        file: '(the import)', where: `transaction ${key.join('/')}`, field: null,
        reason: `${count} row(s) of ${TRANSACTION_ENTITIES[entity].label} were imported, but not the transaction itself`,
      });
    }
  }
  const stores: Store[] = [...storeKinds].map(([id, kind]) => ({ id, name: id, regionId: IMPORTED_REGION.id, kind, channelDatabaseId: 'IMPORTED' }));
  await db.regions.put(IMPORTED_REGION);
  await db.stores.bulkPut(stores);
  return removed;
}

/** The status fields an export carries; the rest is HQ's own bookkeeping for the lists. */
const pick = (s: RetailTransactionOrderStatus): Partial<RetailTransactionOrderStatus> => ({
  Status: s.Status, ErrorDetail: s.ErrorDetail, RetryCount: s.RetryCount, SalesId: s.SalesId, LastEditUser: s.LastEditUser,
  ManuallyModified: s.ManuallyModified, modifieddatetime: s.modifieddatetime,
});

function workspaceName(sources: readonly ImportSource[], at: Date): string {
  const files = sources.length === 1 ? sources[0]!.name : `${sources[0]!.name} and ${sources.length - 1} more`;
  return `${files} (imported ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
}

/**
 * Imports the files into a new workspace: its own database, entered in the registry only once
 * everything is in, with the report. Whatever stops the import (a file it cannot read, a cancel,
 * a full disk) deletes that database: the workspace is complete, or it does not exist.
 */
export async function importWorkspace(deps: ImportDeps, importId: string, sources: ImportSource[], ctx: RunContext): Promise<Workspace> {
  const databaseName = workspaceDatabaseName(importId);
  const db = deps.open(databaseName);
  const uploadedAt = ctx.now().toISOString();
  try {
    await db.open();
    let report: ImportReport = await readImport(sources, (batch) => writeBatch(db, batch, uploadedAt), {
      signal: ctx.signal,
      onProgress: (rowsRead) => ctx.onProgress?.({ processed: rowsRead, succeeded: 0, failed: 0, skipped: 0 }, 0),
    });
    ctx.signal?.throwIfAborted();
    const rejected = [...report.rejected];
    const removed = await settle(db, rejected, uploadedAt);
    report = { ...report, imported: report.imported - removed, rejected };
    const workspace: Workspace = {
      id: importId, name: workspaceName(sources, ctx.now()), kind: 'import', databaseName, createdAt: ctx.now().toISOString(),
      sourceFiles: sources.map((s) => s.name), report,
    };
    ctx.signal?.throwIfAborted();
    await deps.registry.workspaces.add(workspace);
    return workspace;
  } catch (error) {
    db.close();
    await deps.remove(databaseName);
    throw error;
  } finally {
    db.close();
  }
}

/** Deletes an imported workspace: its database, then its entry. */
export async function deleteWorkspace(deps: ImportDeps, workspaceId: string): Promise<void> {
  const workspace = await deps.registry.workspaces.get(workspaceId);
  await deps.remove(workspace?.databaseName ?? workspaceDatabaseName(workspaceId));
  await deps.registry.workspaces.delete(workspaceId);
}

/** Databases an import left behind when the app closed midway (never entered in the registry): deleted at start. */
export async function deleteAbandonedImports(deps: Pick<ImportDeps, 'registry' | 'remove'>, databaseNames: readonly string[]): Promise<number> {
  const registered = new Set((await deps.registry.workspaces.toArray()).map((w) => w.databaseName));
  const abandoned = databaseNames.filter((name) => name.startsWith(workspaceDatabaseName('')) && !registered.has(name));
  await Promise.all(abandoned.map((name) => deps.remove(name)));
  return abandoned.length;
}
