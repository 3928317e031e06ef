import type { EntityTable } from 'dexie';
import type { JobRun } from '../runner/job-runs';
import { JOBS } from '../runner/jobs';

/** The words of a text, lowercase, each once: what a search matches from their start. */
export const wordsOf = (text: string): string[] => [...new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))];

/** The words Run history's search finds a run by: its job's name, its scope, its error. */
export const runWords = (run: Pick<JobRun, 'jobId' | 'scopeLabel' | 'error'>): string[] =>
  wordsOf(`${JOBS[run.jobId]?.name ?? run.jobId} ${run.scopeLabel} ${run.error ?? ''}`);

/**
 * Keeps each run's searchWords (a multi-entry index) current on every write, whoever writes: a
 * search of 100,000 runs is then a range of that index, not a read of every run.
 */
export function keepRunWords(runs: EntityTable<JobRun, 'id'>): void {
  runs.hook('creating', (_key, run) => {
    run.searchWords = runWords(run);
  });
  runs.hook('updating', (changes, _key, run) => {
    const next = { ...run, ...(changes as Partial<JobRun>) };
    const words = runWords(next);
    return words.join(' ') === (run.searchWords ?? []).join(' ') ? undefined : { searchWords: words };
  });
}
