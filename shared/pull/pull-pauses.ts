import { PullPause } from './pull-pause';

/**
 * The pulls under way in this HQ worker that a person may resume, by their import id: a pull paused
 * on a lapsed sign-in or a lost network waits here until resumePull names it. There is one engine
 * per worker, and ids are uuids, so one map serves it.
 */
const pauses = new Map<string, PullPause>();

/** A pause for this pull, forgotten when the pull ends (`using` is not in our target yet: call the returned end). */
export function pauseFor(importId: string): { pause: PullPause; end: () => void } {
  const pause = new PullPause();
  pauses.set(importId, pause);
  return { pause, end: () => pauses.get(importId) === pause && pauses.delete(importId) };
}

/** Wakes every read of the pull paused on the page it reached; false when no such pull is under way. */
export function resumePull(importId: string): boolean {
  const pause = pauses.get(importId);
  pause?.resume();
  return pause !== undefined;
}

/** Whether a pull or refresh by this id (an import's, a workspace's) is under way in this worker. */
export const pullUnderWay = (importId: string): boolean => pauses.has(importId);
