import { Dexie, type InsertType } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { countsOf, sumCounts } from '../db/kept-counts';
import type { JobRun, JobRunStatus } from '../runner/job-runs';
import type { JobId } from '../runner/jobs';
import { wordsOf } from '../db/run-search-words';
import { keysetPage, type PageAnchor, type PagedIndex, type PageRequest } from '../platform/keyset-page';

export interface RunHistoryFilter {
  jobId: JobId | 'all';
  status: JobRunStatus | 'all';
  /** Finds the run by its number, or by words its job's name, scope or error start with (every word given; any case). */
  search: string;
  /** Only runs started at or after this moment (ISO), e.g. the start of today. Absent or null: no limit. */
  startedFrom?: string | null;
}

/** A run stands in the history by its number. */
export const runAnchor = (run: JobRun): PageAnchor => ({ sort: run.id!, key: run.id! });

/** The index of the filter's job and status, each compound one ending in the run's number. */
function runIndex(db: HqDatabase, filter: RunHistoryFilter): PagedIndex<JobRun, number | undefined, InsertType<JobRun, 'id'>> {
  const parts = [...(filter.jobId !== 'all' ? ['jobId'] : []), ...(filter.status !== 'all' ? ['status'] : [])];
  return {
    table: db.jobRuns,
    index: parts.length ? `[${[...parts, 'id'].join('+')}]` : ':id',
    prefix: [...(filter.jobId !== 'all' ? [filter.jobId] : []), ...(filter.status !== 'all' ? [filter.status] : [])],
    anchorOf: runAnchor,
  };
}

/**
 * The numbers of the runs a search or a start time finds, with the job and status filters: every
 * word through the runs' word index, the start through startedAt's, the job and status through
 * theirs, as keys only; no run is read.
 */
async function filteredRunIds(db: HqDatabase, filter: RunHistoryFilter, words: string[]): Promise<number[]> {
  let found: Set<number | undefined> | null = null;
  if (words.length) {
    const byWord = await Promise.all(words.map((word) => db.jobRuns.where('searchWords').startsWith(word).primaryKeys()));
    const asNumber = /^\d+$/.test(filter.search.trim()) ? Number(filter.search.trim()) : null;
    found = byWord.reduce((kept, ids) => new Set(ids.filter((id) => kept.has(id))), new Set(byWord[0] ?? []));
    if (asNumber !== null && (await db.jobRuns.get(asNumber))) found = new Set([...found, asNumber]);
  }
  if (filter.startedFrom) {
    const started = new Set(await db.jobRuns.where('startedAt').aboveOrEqual(filter.startedFrom).primaryKeys());
    found = found ? new Set([...found].filter((id) => started.has(id))) : started;
  }
  found ??= new Set();
  if (filter.jobId !== 'all' || filter.status !== 'all') {
    const { table, index, prefix } = runIndex(db, filter);
    const inFilter = new Set(await table.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey]).primaryKeys());
    found = new Set([...found].filter((id) => inFilter.has(id)));
  }
  return [...found].filter((id): id is number => typeof id === 'number');
}

/**
 * One page of the run history, newest first unless asked. The history grows by hundreds of runs
 * a day and the page re-reads on every progress write, so the total is kept (kept-counts.ts) and
 * a page is a short index range. A search goes through the runs' word index.
 */
export async function queryRunHistoryPage(db: HqDatabase, filter: RunHistoryFilter, request: PageRequest): Promise<{ rows: JobRun[]; total: number }> {
  const words = wordsOf(filter.search);
  // Searched or bounded by time: the matching numbers, few next to the history, are gathered first.
  if (words.length || filter.startedFrom) {
    const ids = (await filteredRunIds(db, filter, words)).sort((a, b) => (request.descending ? b - a : a - b));
    const start = request.page * request.pageSize;
    const rows = await db.jobRuns.bulkGet(ids.slice(start, start + request.pageSize));
    return { rows: rows.filter((r): r is JobRun => r !== undefined), total: ids.length };
  }
  const total = sumCounts(await countsOf(db, 'jobRuns'), [filter.jobId === 'all' ? null : filter.jobId, filter.status === 'all' ? null : filter.status]);
  return { rows: await keysetPage(runIndex(db, filter), request, total), total };
}
