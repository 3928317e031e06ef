import type { HqDatabase } from '../db/hq-database';
import { workspaceDatabaseName, type ImportDeps, type Workspace } from '../db/workspace-registry';
import { KEY_INDEX } from '../db/retail-transaction-tables';
import { TRANSACTION_ENTITIES, keyOf, keyText, keyTuple, type LineEntityName, type RetailTransactionHeader, type TransactionKeyTuple } from '../orders/transaction-entities';
import type { ChannelKind, Store } from '../configuration/organization';
import type { RetailTransactionOrderStatus } from '../orders/order-status';
import { lineTable, newOrderStatus } from '../orders/retail-transaction-store';
import type { RunContext } from '../runner/run-progress';
import { ImportRefused, type ImportBatch, type ImportedOrderStatus, type ImportReport, type ImportSource } from './import-types';
import { DEFAULT_IMPORT_OPTIONS, type ImportOptions } from './import-options';
import { readImport } from './read-import';
import { StoreNumbers } from './store-numbers';
import { orderErrorFamilies } from '../orders/order-errors';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../platform/import-limits';
import { reasonKind, rejectedCount, RefusalLog } from './refusal-log';
import { refusalsOf, type CollectorOptions } from './row-collector';
import { importContentHash, importedBefore } from './content-hash';

const IMPORTED_REGION = { id: 'IMPORTED', name: 'Imported' };

const channelKindOf = (channelReferenceId: string | null): ChannelKind => (channelReferenceId ? 'online' : 'pos');

/**
 * Writes the batches as they come (the parser has validated them and refused duplicates already),
 * in the order they come: each transaction gets its order status as its header is written (the
 * imported status, completed with what the lists page by, or a fresh one), so nothing has to be
 * read back once all is in. Only keys are remembered: of the transactions, and of rows that came
 * ahead of their transaction, to find at the end what belongs to none.
 */
class WorkspaceWriter {
  private readonly headerKeys = new Set<string>();
  /** Order statuses imported before (or without) their transaction: placeholders until it comes. */
  private readonly statusesAhead = new Map<string, TransactionKeyTuple>();
  /** Transactions that lines were imported for before (or without) their header, per table. */
  private readonly linesAhead = new Map<LineEntityName, Map<string, TransactionKeyTuple>>();
  private readonly storeKinds = new Map<string, ChannelKind>();

  constructor(private readonly db: HqDatabase, private readonly uploadedAt: string) {}

  async write(batch: ImportBatch): Promise<void> {
    if (batch.entity === 'RetailTransactionTable') await this.writeHeaders(batch.rows);
    else if (batch.entity === 'RetailTransactionOrderStatus') await this.writeStatuses(batch.rows);
    else {
      const ahead = this.linesAhead.get(batch.entity) ?? new Map<string, TransactionKeyTuple>();
      this.linesAhead.set(batch.entity, ahead);
      for (const row of batch.rows) if (!this.headerKeys.has(keyText(row))) ahead.set(keyText(row), keyTuple(row));
      await lineTable(this.db, batch.entity).bulkAdd(batch.rows as unknown as Record<string, unknown>[]);
    }
  }

  private async writeHeaders(headers: readonly RetailTransactionHeader[]): Promise<void> {
    const { db } = this;
    const statuses = headers.map((header) => {
      const kind = channelKindOf(header.ChannelReferenceId);
      if (kind === 'online' || !this.storeKinds.has(header.store)) this.storeKinds.set(header.store, kind);
      this.headerKeys.add(keyText(header));
      return newOrderStatus(header, kind, this.uploadedAt);
    });
    const ahead = headers.filter((header) => this.statusesAhead.delete(keyText(header)));
    await db.transaction('rw', [db.RetailTransactionTable, db.RetailTransactionOrderStatus], async () => {
      await db.RetailTransactionTable.bulkAdd(headers);
      const imported = new Map((await db.RetailTransactionOrderStatus.bulkGet(ahead.map(keyTuple))).map((s) => [keyText(s!), s!]));
      await db.RetailTransactionOrderStatus.bulkPut(statuses.map((fresh) => {
        const status = imported.get(keyText(fresh));
        return status ? merged(fresh, status) : fresh;
      }));
    });
  }

  /**
   * Order statuses, each merged into the one its transaction already has (written with its
   * header, or by another entity of the export: RetailTransactionsAuditable's status and
   * RetailTransactionOrderStatusBIEntities' complete one another), else kept as a placeholder
   * until its transaction comes.
   */
  private async writeStatuses(rows: readonly ImportedOrderStatus[]): Promise<void> {
    const { db } = this;
    await db.transaction('rw', db.RetailTransactionOrderStatus, async () => {
      const existing = await db.RetailTransactionOrderStatus.bulkGet(rows.map(keyTuple));
      await db.RetailTransactionOrderStatus.bulkPut(rows.map((s, i) => {
        if (!this.headerKeys.has(keyText(s))) this.statusesAhead.set(keyText(s), keyTuple(s));
        const base = existing[i] ?? {
          ...keyOf(s), Status: 'None' as const, ErrorDetail: null, RetryCount: 0, SalesId: null, LastEditUser: null, ManuallyModified: false, modifieddatetime: null,
          ErrorCauses: [], PutOnHold: false, statusBeforeEditing: null, channelKind: 'pos' as const, orderKind: 'other' as const, sortKey: '', customerKeys: [], uploadedAt: this.uploadedAt,
        };
        return merged(base, s);
      }));
    });
  }

  /**
   * Once every file is in: rows that belong to no imported transaction are taken out and
   * reported, and the stores are derived from the transactions. Returns how many rows went.
   */
  async finish(rejected: RefusalLog, storeNumbers: StoreNumbers, notes: string[]): Promise<number> {
    const { db } = this;
    let removed = 0;
    const moved = { statuses: 0, lines: 0 };
    for (const [key, tuple] of this.statusesAhead) {
      const home = this.underOtherStoreName(tuple, storeNumbers);
      if (home) {
        const [status, found] = await db.RetailTransactionOrderStatus.bulkGet([tuple, home]);
        await db.RetailTransactionOrderStatus.delete(tuple);
        await db.RetailTransactionOrderStatus.put(merged(found!, status!));
        moved.statuses += 1;
        continue;
      }
      rejected.add({ file: '(the import)', where: `transaction ${key}`, field: null, reason: 'its order status was imported, but not the transaction itself' });
      await db.RetailTransactionOrderStatus.delete(tuple);
      removed += 1;
    }
    for (const [entity, keys] of this.linesAhead) {
      for (const [key, tuple] of keys) {
        if (this.headerKeys.has(key)) continue;
        const home = this.underOtherStoreName(tuple, storeNumbers);
        if (home) {
          moved.lines += await lineTable(db, entity).where(KEY_INDEX).equals(tuple).modify({ store: home[1] });
          continue;
        }
        const count = await lineTable(db, entity).where(KEY_INDEX).equals(tuple).delete();
        removed += count;
        rejected.add({
          file: '(the import)', where: `transaction ${tuple.join('/')}`, field: null,
          reason: `${count} row(s) of ${TRANSACTION_ENTITIES[entity].label} were imported, but not the transaction itself`,
        });
      }
    }
    if (moved.statuses || moved.lines) {
      notes.push(`${moved.statuses} order status(es) and ${moved.lines} line(s) named their store otherwise than their transaction (by store number, or by operating unit number): they were matched to it as rows of the export that carry both names pair them`);
    }
    const stores: Store[] = [...this.storeKinds].map(([id, kind]) => ({ id, name: id, regionId: IMPORTED_REGION.id, kind, channelDatabaseId: 'IMPORTED' }));
    await db.regions.put(IMPORTED_REGION);
    await db.stores.bulkPut(stores);
    return removed;
  }

  /** The key of a transaction imported under the other name of a row's store, if the export paired the two names and that transaction is here. */
  private underOtherStoreName([company, store, terminal, transactionId]: TransactionKeyTuple, storeNumbers: StoreNumbers): TransactionKeyTuple | null {
    const other = storeNumbers.otherName(company, store);
    const home: TransactionKeyTuple | null = other === null ? null : [company, other, terminal, transactionId];
    return home && this.headerKeys.has(keyText({ dataAreaId: company, store: other!, terminal, transactionId })) ? home : null;
  }
}

const STATUS_FIELDS = ['Status', 'ErrorDetail', 'RetryCount', 'SalesId', 'LastEditUser', 'ManuallyModified', 'modifieddatetime'] as const;

/**
 * The status fields an export carries, over what the status had (the rest is HQ's own bookkeeping
 * for the lists): only those the export gave a value, so two entities' statuses complete each other.
 * An export carries an error's text alone: its causes are the families the text names.
 */
function merged(base: RetailTransactionOrderStatus, s: Partial<ImportedOrderStatus>): RetailTransactionOrderStatus {
  const status: RetailTransactionOrderStatus = { ...base };
  for (const field of STATUS_FIELDS) if (s[field] !== undefined && s[field] !== null) (status as unknown as Record<string, unknown>)[field] = s[field];
  if (s.otherFields) status.otherFields = { ...base.otherFields, ...s.otherFields };
  status.ErrorCauses = status.Status === 'Failed' ? orderErrorFamilies(status.ErrorDetail ?? '') : [];
  return status;
}

/**
 * Why an import took no row, in words: what was read, and the most frequent reasons the rows
 * were refused (their quoted values left out, so like reasons count together).
 */
export function nothingImported(report: ImportReport): string {
  if (report.rowsRead === 0) return 'Nothing was imported, so no workspace was created: the files hold no row of a RetailTransaction* entity.';
  const reasons = new Map<string, number>();
  const count = (reason: string, rows: number) => reasons.set(reasonKind(reason), (reasons.get(reasonKind(reason)) ?? 0) + rows);
  for (const r of report.rejected) count(r.reason, 1);
  for (const g of report.rejectedMore ?? []) count(g.reason, g.rows);
  const top = [...reasons].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([reason, n]) => `${reason} (${n} row${n === 1 ? '' : 's'})`);
  return `Nothing was imported, so no workspace was created: ${report.rowsRead} row(s) were read and every one was refused. ${top.length ? `Why: ${top.join('; ')}.` : ''}`.trimEnd();
}

/** The same files were imported before, into a workspace still there: importing them again waits for the person's word. */
export class ImportedBefore extends ImportRefused {
  override readonly name: string = 'ImportedBefore';
  constructor(readonly workspace: Workspace) {
    super(`These files were imported before, into ${workspace.name}.`);
  }
}

/** What was chosen, as the report names it: each file, and a folder (a Synapse Link export) once, not each file in it. */
const chosenNames = (report: ImportReport): string[] => report.files.map((f) => f.name);

function workspaceName(names: readonly string[], at: Date): string {
  const files = names.length === 1 ? names[0]! : `${names[0]!} and ${names.length - 1} more`;
  return `${files} (imported ${at.toISOString().slice(0, 16).replace('T', ' ')} UTC)`;
}

/** What fills a new workspace: reads its rows into the sink and reports what it did (readImport over files, or a pull over HQ's pages). */
export type RowSource = (sink: (batch: ImportBatch) => Promise<void>, options: CollectorOptions & { import: ImportOptions }) => Promise<ImportReport>;

/** The new workspace's entry besides its data: its name, where it came from. */
export type WorkspaceEntry = Pick<Workspace, 'name' | 'sourceFiles' | 'contentHash' | 'pulledFrom'>;

/**
 * Imports the files into a new workspace (createWorkspace), unless the same files were imported
 * before into a workspace still there and the person has not said to import them again.
 */
export async function importWorkspace(
  deps: ImportDeps, importId: string, sources: ImportSource[], ctx: RunContext, options: ImportOptions = DEFAULT_IMPORT_OPTIONS, limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<Workspace> {
  const contentHash = await importContentHash(sources, options);
  const before = options.importAgain ? null : await importedBefore(deps.registry, contentHash);
  if (before) throw new ImportedBefore(before);
  const entry = (at: Date, report: ImportReport): WorkspaceEntry => ({ name: workspaceName(chosenNames(report), at), sourceFiles: chosenNames(report), contentHash });
  return createWorkspace(deps, importId, entry, (sink, readOptions) => readImport(sources, sink, readOptions), ctx, options, limits);
}

/**
 * Fills a workspace's database from a row source with the import's writer, and answers the
 * report: rows that belong to no transaction read are taken out and reported, the stores derived.
 */
export async function fillDatabase(
  db: HqDatabase, read: RowSource, ctx: RunContext, options: ImportOptions = DEFAULT_IMPORT_OPTIONS, limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<ImportReport> {
  const writer = new WorkspaceWriter(db, ctx.now().toISOString());
  const storeNumbers = new StoreNumbers();
  const rejected = new RefusalLog(limits.keptRefusals);
  const report = await read((batch) => writer.write(batch), {
    signal: ctx.signal, import: options, storeNumbers, limits, rejected,
    onProgress: (rowsRead) => ctx.onProgress?.({ processed: rowsRead, succeeded: 0, failed: 0, skipped: 0 }, 0),
  });
  ctx.signal?.throwIfAborted();
  const notes: string[] = [];
  const removed = await writer.finish(rejected, storeNumbers, notes);
  return { ...report, imported: report.imported - removed, ...refusalsOf(rejected), notes };
}

/**
 * A new workspace from any row source (files, HQ's pages): its own database, entered in the
 * registry only once everything is in, with the report. Whatever stops it (a file it cannot read,
 * a cancel, a full disk) deletes that database: the workspace is complete, or it does not exist.
 */
export async function createWorkspace(
  deps: ImportDeps, importId: string, entry: (at: Date, report: ImportReport) => WorkspaceEntry, read: RowSource, ctx: RunContext,
  options: ImportOptions = DEFAULT_IMPORT_OPTIONS, limits: ImportLimits = DEFAULT_IMPORT_LIMITS,
): Promise<Workspace> {
  const databaseName = workspaceDatabaseName(importId);
  const db = deps.open(databaseName);
  try {
    await db.open();
    const report = await fillDatabase(db, read, ctx, options, limits);
    if (report.imported === 0) throw new ImportRefused(nothingImported(report));
    const workspace: Workspace = { id: importId, kind: 'import', databaseName, createdAt: ctx.now().toISOString(), report, ...entry(ctx.now(), report) };
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

/** What an import's run counts: rows read, rows imported (committed, and kept), rows refused. */
export const importCounts = (report: ImportReport) => ({ processed: report.rowsRead, succeeded: report.imported, failed: rejectedCount(report), skipped: 0 });

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
