import type { HqDatabase } from '../db/hq-database';
import { emptySynchCounts, type SynchCounts, type SynchDirection, type SynchJobType } from './coupled-records';
import { describeCounts, SynchJobRecorder, type NewSynchJob } from './coupled-sync';

/** A job's message that tells its counts: "Restore records: 1 inserted, 1 uncoupled." */
export const countsMessage = (prefix: string) => (counts: SynchCounts): string => `${prefix}: ${describeCounts(counts)}.`;

/** A job's message when its run stopped (canceled, or an error) before the end. */
export const stoppedMessage = (counts: SynchCounts): string => `Stopped before the end: ${describeCounts(counts)} by then.`;

/** The direction of a synchronization job: to the CRM (Send), or from it (Get). */
export type JobDirection = Exclude<SynchDirection, 'Bidirectional'>;

/** What all the jobs of a piece of work share: the run they belong to, what started them, who. */
export type JobOrigin = Pick<NewSynchJob, 'runId' | 'action' | 'by'>;

/**
 * The Integration Synch. Jobs one piece of work writes, as Business Central splits them: a
 * Synchronization job per direction (a bidirectional mapping's job queue entry runs
 * ToIntegrationTable, then FromIntegrationTable: CRMIntegrationTableSynch's OnRun), an Uncoupling
 * job for the couplings it removes, a Coupling job for the ones it makes. Each is created the
 * first time it is needed, or at once with open() (the scheduled job's two directions always show).
 * Call inside the work's transaction(s).
 */
export class SynchJobSet {
  private readonly jobs = new Map<string, SynchJobRecorder>();

  constructor(private readonly db: HqDatabase, private readonly origin: JobOrigin, private readonly at: () => string) {}

  /** The Synchronization job of a direction. */
  synchronization(direction: JobDirection): Promise<SynchJobRecorder> {
    return this.job('Synchronization', direction);
  }

  uncoupling(): Promise<SynchJobRecorder> {
    return this.job('Uncoupling', 'Bidirectional');
  }

  coupling(): Promise<SynchJobRecorder> {
    return this.job('Coupling', 'Bidirectional');
  }

  /** Creates these directions' Synchronization jobs now, whether or not a record reaches them. */
  async open(...directions: JobDirection[]): Promise<void> {
    for (const direction of directions) await this.synchronization(direction);
  }

  private async job(type: SynchJobType, direction: SynchDirection): Promise<SynchJobRecorder> {
    const key = `${type} ${direction}`;
    let job = this.jobs.get(key);
    if (!job) {
      job = await SynchJobRecorder.start(this.db, { ...this.origin, type, direction, startedAt: this.at() }, this.at);
      this.jobs.set(key, job);
    }
    return job;
  }

  /** Every job's counts added up. */
  get counts(): SynchCounts {
    const total = emptySynchCounts();
    for (const job of this.jobs.values()) for (const key of Object.keys(total) as (keyof SynchCounts)[]) total[key] += job.counts[key];
    return total;
  }

  /** Writes the log entries gathered so far (each chunk's, inside its transaction). */
  async flush(): Promise<void> {
    for (const job of this.jobs.values()) await job.flush(this.db);
  }

  /** Finishes every job with its message, made of its own counts. */
  finish(say: (counts: SynchCounts) => string): Promise<void> {
    return this.db.transaction('rw', this.db.integrationSynchJobs, this.db.integrationSynchLog, async () => {
      for (const job of this.jobs.values()) await job.finish(this.db, say(job.counts));
    });
  }
}
