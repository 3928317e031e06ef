import {
  newBatchJobSchema, recurrenceSchema, runnerStateSchema,
  type BatchJob, type DistributionEntry, type NewBatchJob, type Recurrence, type RunDispatch, type RunnerSnapshot, type RunnerState,
} from './runner-schemas';
import type { JobId, JobRequest } from './jobs';
import { defaultRunnerState } from './default-runner-state';
import { UserFacingError, userMessage } from '../platform/user-facing-error';
import { channelDatabaseGroupIdsSchema, LIMITS } from '../platform/limits';
import type { CommandOutcome } from './run-outcome';
import { describeError } from '../platform/storage-errors';

export interface RunnerStorage {
  load(): Promise<unknown>;
  save(state: RunnerState): Promise<void>;
}

export interface RunnerDeps {
  now: () => Date;
  storage: RunnerStorage;
  /** Carries a run out (in the HQ worker) and answers when it has ended. */
  dispatch: (run: RunDispatch) => Promise<CommandOutcome>;
  newId?: () => string;
}

const MINUTE = 60_000;
const jobOf = (key: string): JobId => (JSON.parse(key) as [JobRequest, string | null])[0].jobId;

/**
 * The job runner: owns the distribution schedule and the recurring batch jobs, decides when each
 * is due, and dispatches runs to the HQ worker, which runs one job's runs one after another (a run
 * that arrives while another executes is recorded as Waiting, and can be canceled there). The
 * same request asked for again while one is already waiting is coalesced into that one, so a
 * job that keeps falling due during a long run runs once more, not once per slot. After a sleep
 * or a closed app, a due job runs once, not once per missed slot. Hosts call tick() on a timer
 * and on resume; nothing here knows about timers, Electron or the DOM.
 */
export class JobRunner {
  /** Dispatched runs not yet ended, by request: the first executes or waits, a second waits. */
  private readonly inFlight = new Map<string, Promise<CommandOutcome>[]>();
  private readonly listeners = new Set<(snapshot: RunnerSnapshot) => void>();
  private saving: Promise<void> = Promise.resolve();

  private constructor(private state: RunnerState, private readonly deps: RunnerDeps) {}

  /** Loads the saved schedules; anything unreadable falls back to the defaults rather than stopping the runner. */
  static async create(deps: RunnerDeps): Promise<JobRunner> {
    const parsed = runnerStateSchema.safeParse(await deps.storage.load().catch(() => null));
    return new JobRunner(parsed.success ? parsed.data : defaultRunnerState(), deps);
  }

  snapshot(): RunnerSnapshot {
    const perJob = new Map<string, number>();
    for (const [key, runs] of this.inFlight) perJob.set(jobOf(key), (perJob.get(jobOf(key)) ?? 0) + runs.length);
    const jobs = [...perJob.entries()];
    return structuredClone({ ...this.state, executing: jobs.map(([job]) => job), waiting: jobs.filter(([, n]) => n > 1).map(([job]) => job) });
  }

  subscribe(listener: (snapshot: RunnerSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts every enabled batch job that is due; returns when their runs have been dispatched (not ended). */
  async tick(): Promise<void> {
    const now = this.deps.now().getTime();
    const due = this.state.batchJobs.filter((j) => j.enabled && j.nextRunAt !== null && Date.parse(j.nextRunAt) <= now);
    for (const job of due) {
      job.runsStarted += 1;
      const ended = job.recurrence.end.kind === 'after' && job.runsStarted >= job.recurrence.end.runs;
      // From now, not from the missed slot: one catch-up run, whatever was missed.
      job.nextRunAt = ended ? null : new Date(now + job.recurrence.intervalMinutes * MINUTE).toISOString();
      void this.runBatchJob(job.id, 'schedule');
    }
    if (due.length > 0) await this.changed();
  }

  runNow(job: JobRequest): Promise<CommandOutcome> {
    return this.submit({ job, trigger: 'manual', batchJobId: null });
  }

  /** Run now on a batch job: does not count towards End after N, nor move the next run. */
  runBatchJobNow(id: string): Promise<CommandOutcome> {
    this.batchJob(id);
    return this.runBatchJob(id, 'manual');
  }

  async createBatchJob(input: NewBatchJob): Promise<BatchJob> {
    const { request, recurrence } = newBatchJobSchema.parse(input);
    // runner.json is read whole at every start: a page that creates jobs in a loop must not grow it without end.
    if (this.state.batchJobs.length >= LIMITS.batchJobs) {
      throw new UserFacingError(`There are already ${LIMITS.batchJobs} batch jobs, the most Sync Console keeps. Delete one you no longer need first.`);
    }
    const now = this.deps.now().getTime();
    const job: BatchJob = {
      id: this.deps.newId?.() ?? crypto.randomUUID(),
      request, recurrence, enabled: true, runsStarted: 0,
      nextRunAt: new Date(now + recurrence.intervalMinutes * MINUTE).toISOString(),
      createdAt: new Date(now).toISOString(), lastRun: null,
    };
    this.state.batchJobs.push(job);
    await this.changed();
    return structuredClone(job);
  }

  async updateRecurrence(id: string, recurrence: Recurrence): Promise<void> {
    const job = this.batchJob(id);
    job.recurrence = recurrenceSchema.parse(recurrence);
    const finished = recurrence.end.kind === 'after' && job.runsStarted >= recurrence.end.runs;
    job.nextRunAt = finished ? null : new Date(this.deps.now().getTime() + recurrence.intervalMinutes * MINUTE).toISOString();
    await this.changed();
  }

  /** Pause or resume. A resumed job that is overdue runs at the next tick, once. */
  async setEnabled(id: string, enabled: boolean): Promise<void> {
    this.batchJob(id).enabled = enabled;
    await this.changed();
  }

  async deleteBatchJob(id: string): Promise<void> {
    this.batchJob(id);
    this.state.batchJobs = this.state.batchJobs.filter((j) => j.id !== id);
    await this.changed();
  }

  async setDistributionGroups(jobId: DistributionEntry['jobId'], channelDatabaseGroupIds: string[] | null): Promise<void> {
    const entry = this.state.distribution.find((d) => d.jobId === jobId);
    if (!entry) throw new Error(`${jobId} is not on the distribution schedule.`);
    entry.channelDatabaseGroupIds = channelDatabaseGroupIdsSchema.parse(channelDatabaseGroupIds);
    await this.changed();
  }

  private batchJob(id: string): BatchJob {
    const job = this.state.batchJobs.find((j) => j.id === id);
    if (!job) throw new Error(`Batch job ${id} does not exist.`);
    return job;
  }

  private async runBatchJob(id: string, trigger: RunDispatch['trigger']): Promise<CommandOutcome> {
    const { request } = this.batchJob(id);
    const outcome = await this.submit({ job: request, trigger, batchJobId: id }).catch((error: unknown): CommandOutcome => ({
      runId: null, status: 'Error', counts: null, error: userMessage(error, `running batch job ${id}`),
    }));
    const job = this.state.batchJobs.find((j) => j.id === id);
    if (job && outcome.status) {
      job.lastRun = { runId: outcome.runId, status: outcome.status, endedAt: this.deps.now().toISOString(), error: outcome.error };
      await this.changed();
    }
    return outcome;
  }

  private submit(run: RunDispatch): Promise<CommandOutcome> {
    const key = JSON.stringify([run.job, run.batchJobId]);
    const runs = this.inFlight.get(key) ?? [];
    if (runs.length >= 2) return runs[runs.length - 1]!;
    const dispatched: Promise<CommandOutcome> = this.deps.dispatch(run).finally(() => {
      const left = (this.inFlight.get(key) ?? []).filter((p) => p !== dispatched);
      if (left.length) this.inFlight.set(key, left);
      else this.inFlight.delete(key);
      this.emit();
    });
    this.inFlight.set(key, [...runs, dispatched]);
    this.emit();
    return dispatched;
  }

  private changed(): Promise<void> {
    const state = structuredClone(this.state);
    this.saving = this.saving.then(() => this.deps.storage.save(state)).catch((e: unknown) => console.error(`Could not save the job schedules: ${describeError(e)}`));
    this.emit();
    return this.saving;
  }

  private emit(): void {
    const snapshot = this.snapshot();
    for (const listener of this.listeners) listener(snapshot);
  }
}
