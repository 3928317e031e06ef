import type { HqDatabase } from '../db/hq-database';
import type { HqCommand } from '../contracts/hq-commands';
import type { JobId, JobRunStatus, RunCounts } from '../domain/job-runs';
import { setDefaultPaymentService, updateAccountStructure, updateNumberSequence } from './configuration-commands';
import { recordJobRun } from './record-job-run';
import type { ProgressListener } from './run-progress';
import { scopeLabel } from './scope';
import { simulateChannelTransactions } from './simulate-channel-transactions';
import { runSynchronizeOrdersJob, synchronizeOrders } from './synchronize-orders-job';
import { uploadChannelTransactions } from './upload-channel-transactions';

export interface CommandOutcome {
  counts: RunCounts | null;
  /** The job run's final status, for job commands. */
  status: JobRunStatus | null;
}

export class JobAlreadyRunningError extends Error {
  constructor(jobId: JobId) {
    super(`${jobId === 'P-0001' ? 'P-0001' : 'Synchronize orders'} is already running; wait for it to end.`);
  }
}

/**
 * The single writer of the HQ simulation: runs each command against the database. Never two
 * runs of one job at once; item-level work is atomic, so commands may interleave safely.
 */
export class HqEngine {
  private readonly running = new Set<JobId>();

  constructor(
    private readonly db: HqDatabase,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async execute(command: HqCommand, onProgress?: ProgressListener): Promise<CommandOutcome> {
    const ctx = { now: this.now, onProgress };
    const db = this.db;
    switch (command.type) {
      case 'runUpload':
        return this.runJob('P-0001', 'Channel database groups: ' + (command.channelDatabaseGroupIds?.join(', ') || 'all'), command.trigger, (c) =>
          uploadChannelTransactions(db, command.channelDatabaseGroupIds, c), onProgress);
      case 'runSynchronizeOrders':
        return this.runJob('synchronize-orders', await scopeLabel(db, command.scope), command.trigger, (c) =>
          runSynchronizeOrdersJob(db, command.scope, c), onProgress);
      case 'synchronizeOrders':
        return { counts: await synchronizeOrders(db, command.transactionIds, ctx), status: null };
      case 'updateNumberSequence':
        await updateNumberSequence(db, command.code, { next: command.next, largest: command.largest });
        break;
      case 'setDefaultPaymentService':
        await setDefaultPaymentService(db, command.serviceId, command.isDefault);
        break;
      case 'updateAccountStructure':
        await updateAccountStructure(db, command.structureId, command.ranges);
        break;
      case 'simulateChannelTransactions':
        await simulateChannelTransactions(db, command.count, this.now());
        break;
    }
    return { counts: null, status: null };
  }

  private async runJob(
    jobId: JobId, label: string, trigger: 'manual' | 'schedule',
    body: Parameters<typeof recordJobRun>[3], onProgress?: ProgressListener,
  ): Promise<CommandOutcome> {
    if (this.running.has(jobId)) throw new JobAlreadyRunningError(jobId);
    this.running.add(jobId);
    try {
      const { run } = await recordJobRun(this.db, { jobId, scopeLabel: label, trigger }, { now: this.now, onProgress }, body);
      const { processed, succeeded, failed, skipped } = run;
      return { counts: { processed, succeeded, failed, skipped }, status: run.status };
    } finally {
      this.running.delete(jobId);
    }
  }
}
