import { isAbort, isStorageFailure, UserFacingError } from './user-facing-error';

/**
 * A chunk of records written in one IndexedDB transaction, with one record's fault kept to that
 * record: if the chunk's attempt fails for a reason of its data (not the storage, a cancel, or a
 * refusal written for people, which stop all work), its records are tried again one by one, and
 * the one that still fails alone is handed to failAlone, which records why in words. The
 * attempts after the first are given chunks of one, never the chunk as first given.
 */
export async function containChunk<K, O>(
  keys: readonly K[], attempt: (keys: readonly K[]) => Promise<O[]>, failAlone: (key: K, error: unknown) => Promise<O[]>,
): Promise<O[]> {
  try {
    return await attempt(keys);
  } catch (error) {
    if (error instanceof UserFacingError || isStorageFailure(error) || isAbort(error)) throw error;
    if (keys.length === 1) return failAlone(keys[0]!, error);
    const outcomes: O[] = [];
    for (const key of keys) outcomes.push(...(await containChunk([key], attempt, failAlone)));
    return outcomes;
  }
}
