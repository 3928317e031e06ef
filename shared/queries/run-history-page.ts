import type { InsertType } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { countsOf, sumCounts } from '../db/kept-counts';
import type { JobRun, JobRunStatus } from '../domain/job-runs';
import { JOBS, type JobId } from '../domain/jobs';
import { keysetPage, type PageAnchor, type PagedIndex, type PageRequest } from './keyset-page';

export interface RunHistoryFilter {
  jobId: JobId | 'all';
  status: JobRunStatus | 'all';
  /** Matches the run's number, job name, scope or error, any case. */
  search: string;
}

/** A run stands in the history by its number. */
export const runAnchor = (run: JobRun): PageAnchor => ({ sort: run.id!, key: run.id! });

/** The index of the filter's job and status, each compound one ending in the run's number; the search is checked row by row. */
function runIndex(db: HqDatabase, filter: RunHistoryFilter): PagedIndex<JobRun, number | undefined, InsertType<JobRun, 'id'>> {
  const parts = [...(filter.jobId !== 'all' ? ['jobId'] : []), ...(filter.status !== 'all' ? ['status'] : [])];
  const needle = filter.search.trim().toLowerCase();
  return {
    table: db.jobRuns,
    index: parts.length ? `[${[...parts, 'id'].join('+')}]` : ':id',
    prefix: [...(filter.jobId !== 'all' ? [filter.jobId] : []), ...(filter.status !== 'all' ? [filter.status] : [])],
    anchorOf: runAnchor,
    where: needle
      ? (r) => [String(r.id), JOBS[r.jobId].name, r.scopeLabel, r.error ?? ''].some((text) => text.toLowerCase().includes(needle))
      : undefined,
  };
}

/**
 * One page of the run history, newest first unless asked. The history grows by hundreds of runs
 * a day and the page re-reads on every progress write, so the total is kept (kept-counts.ts) and
 * a page is a short index range. Only a search reads every run, to count its matches.
 */
export async function queryRunHistoryPage(db: HqDatabase, filter: RunHistoryFilter, request: PageRequest): Promise<{ rows: JobRun[]; total: number }> {
  const source = runIndex(db, filter);
  const total = source.where
    ? await db.jobRuns.filter(source.where).count()
    : sumCounts(await countsOf(db, 'jobRuns'), [filter.jobId === 'all' ? null : filter.jobId, filter.status === 'all' ? null : filter.status]);
  return { rows: await keysetPage(source, request, total), total };
}
