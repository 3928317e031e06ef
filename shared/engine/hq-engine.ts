import type { HqDatabase } from '../db/hq-database';
import type { HqCommand } from '../contracts/hq-commands';
import type { JobId, JobRequest } from '../runner/jobs';
import type { JobRun } from '../runner/job-runs';
import { setChannelDatabaseOnline } from '../channel/simulator/channel-simulator-commands';
import { setDefaultPaymentService, updateAccountStructure, updateNumberSequence } from '../configuration/configuration-commands';
import { executeRun, startRun } from '../run-history/record-job-run';
import { describeJobRequest, jobBody } from './run-job';
import type { ProgressListener } from '../runner/run-progress';
import { simulateChannelTransactions } from '../channel/simulator/simulate-channel-transactions';
import { synchronizeOrders } from '../orders/synchronize/synchronize-orders-job';
import { synchronizeMatchingOrders } from '../orders/synchronize/synchronize-matching';
import { applyUploadSession } from '../channel/upload/upload-channel-transactions';
import { synchronizeCustomerBatch, synchronizeCustomerOperations } from '../customers/synchronize/synchronize-customers-job';
import { updateCustomerOperation, type FieldChange } from '../customers/customer-operation-edits';
import { setFeatureEnabled } from '../configuration/feature-management';
import { simulateCustomerOperations } from '../channel/simulator/simulate-channel-customers';
import { addTransactionLine, removeTransactionLine, saveTransactionEdits, setOrderEditing } from '../orders/transaction-edits';
import { addAuditNote } from '../orders/audit-notes';
import { UserFacingError, isAbort } from '../platform/user-facing-error';
import { allowedInImportedWorkspace } from '../contracts/imported-workspace';
import { deleteWorkspace, importWorkspace, type ImportDeps } from '../import/import-workspace';
import { ImportIncomplete, type ImportSource } from '../import/import-types';
import type { ImportOptions } from '../import/import-options';
import { CoupledRecordCommands } from '../coupled-records/coupled-record-command-handler';
import type { CommandOutcome } from '../runner/run-outcome';
import type { BatchOutcome } from '../runner/run-outcome';
import type { ImportReport } from '../import/import-types';
import type { HqReader } from '../pull/hq-read';
import type { PullStatus } from '../pull/pull-status';
import { pullWorkspace } from '../pull/pull-workspace';
import { PullPause, sleep } from '../pull/pull-pause';

const nothing: CommandOutcome = { runId: null, status: null, counts: null, error: null };
const countsOf = (report: ImportReport) => ({ processed: report.rowsRead, succeeded: report.imported, failed: report.rejected.length, skipped: 0 });

/**
 * The single writer of the HQ simulation: runs each command against the database. Runs of one
 * job never overlap: a run that arrives while another executes is recorded as Waiting and
 * starts when that one ends. Item-level work is atomic, so other commands interleave safely.
 */
export interface EngineOptions {
  /**
   * An imported workspace is an audit of a real HQ's data: what would write to a real HQ (jobs,
   * synchronization, its setup, the channel simulator) is refused; the Edit and audit trail stays.
   */
  readOnly?: boolean;
  /** Where imports create their workspaces; without it, importing is refused. */
  workspaces?: ImportDeps;
  /** How the worker reads HQ's pages (through the page and its host); without it, pulling is refused. */
  hqReader?: HqReader;
  /** How long a run may go without progress before its watchdog ends it (RUN_STALL_LIMIT_MS unless given). */
  stallLimitMs?: number;
}

export class HqEngine {
  private readonly lastRunOf = new Map<JobId, Promise<unknown>>();
  private readonly controllers = new Map<number, AbortController>();
  private readonly imports = new Map<string, AbortController>();
  private readonly batches = new Map<string, AbortController>();
  private readonly pulls = new Map<string, PullPause>();
  private readonly coupled: CoupledRecordCommands;

  constructor(
    private readonly db: HqDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly options: EngineOptions = {},
  ) {
    this.coupled = new CoupledRecordCommands(db, now);
  }

  async execute(command: HqCommand, onProgress?: ProgressListener, onPullStatus?: (status: PullStatus) => void): Promise<CommandOutcome> {
    const db = this.db;
    const ctx = { now: this.now, onProgress };
    if (this.options.readOnly && !allowedInImportedWorkspace(command.type)) {
      throw new UserFacingError('This is an imported workspace, an audit of another headquarters\u2019 data: jobs, synchronization and setup are off here, because they would change what was exported. Switch to the demo headquarters to run them.');
    }
    switch (command.type) {
      case 'importFiles':
        return this.importFiles(command.importId, command.files, command.options, onProgress);
      case 'cancelImport':
        this.imports.get(command.importId)?.abort();
        return nothing;
      case 'pullWorkspace':
        return this.pull(command, onProgress, onPullStatus);
      case 'resumePull':
        this.pulls.get(command.importId)?.resume();
        return nothing;
      case 'deleteWorkspace':
        await deleteWorkspace(this.workspaceDeps(), command.workspaceId);
        return nothing;
      case 'runJob':
        return this.runJob(command.job, command.trigger, command.batchJobId, onProgress);
      case 'cancelRun':
        this.controllers.get(command.runId)?.abort();
        return nothing;
      case 'synchronizeOrders':
        return { ...nothing, counts: await synchronizeOrders(db, command.keys, ctx) };
      case 'synchronizeMatchingOrders':
        return this.inBatch(command.batchId, (signal) => synchronizeMatchingOrders(db, command.filters, { now: this.now, onProgress, signal }));
      case 'cancelBatch':
        this.batches.get(command.batchId)?.abort();
        return nothing;
      case 'setOrderEditing':
        await setOrderEditing(db, command.key, command.editing, command.user ? { user: command.user, at: this.now() } : undefined);
        return nothing;
      case 'addAuditNote':
        await addAuditNote(db, command.key, command.text, command.user, this.now());
        return nothing;
      case 'addTransactionLine': {
        await addTransactionLine(db, command.key, command.entity, command.user, this.now());
        return { ...nothing, counts: { processed: 1, succeeded: 1, failed: 0, skipped: 0 } };
      }
      case 'removeTransactionLine':
        await removeTransactionLine(db, command.key, command.entity, command.lineId, command.user, this.now());
        return nothing;
      case 'saveTransactionEdits': {
        const changed = await saveTransactionEdits(db, command.key, command.changes, command.user, this.now());
        return { ...nothing, counts: { processed: command.changes.length, succeeded: changed, failed: 0, skipped: command.changes.length - changed } };
      }
      case 'updateNumberSequence':
        await updateNumberSequence(db, command.code, { next: command.next, largest: command.largest });
        return nothing;
      case 'setDefaultPaymentService':
        await setDefaultPaymentService(db, command.serviceId, command.isDefault);
        return nothing;
      case 'updateAccountStructure':
        await updateAccountStructure(db, command.structureId, command.ranges);
        return nothing;
      case 'simulateChannelTransactions':
        await simulateChannelTransactions(db, command.count, this.now(), command.fault);
        return nothing;
      case 'setChannelDatabaseOnline':
        await setChannelDatabaseOnline(db, command.channelDatabaseId, command.online);
        return nothing;
      case 'retryUploadSession': {
        const result = await applyUploadSession(db, command.sessionId, ctx);
        return { ...nothing, error: result.error, counts: { processed: result.read, succeeded: result.added, failed: result.setAside, skipped: result.read - result.added - result.setAside } };
      }
      case 'cancelUploadSession':
        await db.uploadSessions.where('id').equals(command.sessionId).and((s) => s.status !== 'Applied').modify({ status: 'Canceled' });
        return nothing;
      case 'synchronizeCustomerOperations':
        if (command.batchId) return this.inBatch(command.batchId, (signal) => synchronizeCustomerBatch(db, command.operationIds, { ...ctx, signal }));
        return { ...nothing, counts: (await synchronizeCustomerOperations(db, command.operationIds, ctx)).counts };
      case 'updateCustomerOperation': {
        const changed = await updateCustomerOperation(db, command.operationId, command.changes as FieldChange[], command.editedBy, this.now());
        return { ...nothing, counts: { processed: command.changes.length, succeeded: changed, failed: 0, skipped: command.changes.length - changed } };
      }
      case 'setFeatureEnabled':
        await setFeatureEnabled(db, command.featureId, command.enabled, this.now());
        return nothing;
      case 'simulateCustomerOperations':
        return { ...nothing, counts: await simulateCustomerOperations(db, command.kind, command.count, this.now(), command.fault) };
      default:
        return this.coupled.execute(command, onProgress);
    }
  }

  /**
   * Cancels every run, Synchronize all and import under way or waiting, as their Cancel buttons
   * would: each stops between items, keeps what it did, and ends Canceled. For a window handing its
   * work to another; the commands themselves still end, and their callers hear how.
   */
  cancelAll(): void {
    for (const controller of [...this.controllers.values(), ...this.batches.values(), ...this.imports.values()]) controller.abort();
  }

  /** A Synchronize all: cancelBatch with its id stops it between chunks, and it ends Canceled with what was done. */
  private async inBatch(batchId: string, work: (signal: AbortSignal) => Promise<BatchOutcome>): Promise<CommandOutcome> {
    const controller = new AbortController();
    this.batches.set(batchId, controller);
    try {
      const { counts, canceled } = await work(controller.signal);
      return { ...nothing, counts, status: canceled ? 'Canceled' : 'Ended' };
    } finally {
      this.batches.delete(batchId);
    }
  }

  private workspaceDeps(): ImportDeps {
    if (!this.options.workspaces) throw new UserFacingError('Importing is not available here.');
    return this.options.workspaces;
  }

  private async importFiles(importId: string, files: ImportSource[], options: ImportOptions | undefined, onProgress?: ProgressListener): Promise<CommandOutcome> {
    const controller = new AbortController();
    this.imports.set(importId, controller);
    try {
      const { report } = await importWorkspace(this.workspaceDeps(), importId, files, { now: this.now, onProgress, signal: controller.signal }, options);
      return { ...nothing, counts: countsOf(report!) };
    } catch (error) {
      // Pages missing: the person decides whether to import what is there.
      if (error instanceof ImportIncomplete) return { ...nothing, missingPages: error.missing };
      // Canceling is what the person asked for, not a fault for the developer log.
      if (controller.signal.aborted && isAbort(error)) throw new UserFacingError('The import was canceled: nothing of it was kept.');
      throw error;
    } finally {
      this.imports.delete(importId);
    }
  }

  /** A pull: an import whose pages come from HQ, canceled as an import is, paused and resumed by the person. */
  private async pull(
    { importId, request, source }: Extract<HqCommand, { type: 'pullWorkspace' }>, onProgress?: ProgressListener, onStatus?: (status: PullStatus) => void,
  ): Promise<CommandOutcome> {
    const read = this.options.hqReader;
    if (!read) throw new UserFacingError('This window cannot reach headquarters.');
    const controller = new AbortController();
    const pause = new PullPause();
    this.imports.set(importId, controller);
    this.pulls.set(importId, pause);
    try {
      const control = { read, signal: controller.signal, onStatus, resumed: pause.resumed, sleep };
      const { report } = await pullWorkspace(this.workspaceDeps(), importId, request, source, control, { now: this.now, onProgress, signal: controller.signal });
      return { ...nothing, counts: countsOf(report!) };
    } catch (error) {
      if (controller.signal.aborted && isAbort(error)) throw new UserFacingError('The pull was canceled: nothing of it was kept, and the workspaces you had are as they were.');
      throw error;
    } finally {
      this.imports.delete(importId);
      this.pulls.delete(importId);
    }
  }

  private async runJob(job: JobRequest, trigger: JobRun['trigger'], batchJobId: string | null, onProgress?: ProgressListener): Promise<CommandOutcome> {
    // Claim the job's place in line before the first await, so two runs arriving together queue up.
    const ahead = this.lastRunOf.get(job.jobId);
    const controller = new AbortController();
    const run = (async () => {
      const request = { jobId: job.jobId, scopeLabel: await describeJobRequest(this.db, job), trigger, batchJobId };
      const runId = await startRun(this.db, request, ahead ? 'Waiting' : 'Executing', this.now());
      this.controllers.set(runId, controller);
      try {
        await ahead?.catch(() => undefined);
        return await executeRun(this.db, runId, { now: this.now, onProgress, signal: controller.signal }, jobBody(this.db, job, runId), this.options.stallLimitMs);
      } finally {
        this.controllers.delete(runId);
      }
    })();
    this.lastRunOf.set(job.jobId, run);
    try {
      const { id, status, processed, succeeded, failed, skipped, error } = await run;
      return { runId: id ?? null, status, error, counts: { processed, succeeded, failed, skipped } };
    } finally {
      if (this.lastRunOf.get(job.jobId) === run) this.lastRunOf.delete(job.jobId);
    }
  }
}
