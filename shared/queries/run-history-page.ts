import type { HqDatabase } from '../db/hq-database';
import type { JobRun, JobRunStatus } from '../domain/job-runs';
import { JOBS, type JobId } from '../domain/jobs';

export interface RunHistoryFilter {
  jobId: JobId | 'all';
  status: JobRunStatus | 'all';
  /** Matches the run's number, job name, scope or error, any case. */
  search: string;
}

/**
 * One page of the run history, newest first. A job or status filter goes through its index;
 * the history grows by hundreds of runs a day, and the page re-reads on every progress write.
 */
export async function queryRunHistoryPage(db: HqDatabase, filter: RunHistoryFilter, page: number, pageSize: number): Promise<{ rows: JobRun[]; total: number }> {
  const needle = filter.search.trim().toLowerCase();
  const base = () => {
    const indexed = filter.jobId !== 'all' ? db.jobRuns.where('jobId').equals(filter.jobId)
      : filter.status !== 'all' ? db.jobRuns.where('status').equals(filter.status) : db.jobRuns.toCollection();
    const statusLeft = filter.jobId !== 'all' && filter.status !== 'all';
    if (!statusLeft && !needle) return indexed.reverse();
    return indexed.reverse().filter((r) => (!statusLeft || r.status === filter.status) &&
      (!needle || [String(r.id), JOBS[r.jobId].name, r.scopeLabel, r.error ?? ''].some((text) => text.toLowerCase().includes(needle))));
  };
  const [rows, total] = await Promise.all([base().offset(page * pageSize).limit(pageSize).toArray(), base().count()]);
  return { rows, total };
}
