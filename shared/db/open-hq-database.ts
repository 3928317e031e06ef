import type { Dexie } from 'dexie';
import { UserFacingError } from '../platform/user-facing-error';
import { describeError, FREE_SPACE_ADVICE, isDiskFull } from '../platform/storage-errors';

export const NO_STORAGE_MESSAGE =
  'Sync Console cannot keep its headquarters database here: this browser window offers no storage (private browsing, or site data turned off). Open it in a normal window; nothing saved before is lost.';
export const BLOCKED_MESSAGE =
  'Another Sync Console window or tab, of an older version, still holds the headquarters database open, so this one cannot upgrade it. Close that window, then reload this one; nothing saved is lost.';
export const UPGRADE_DISK_FULL_MESSAGE =
  `The disk is full: the headquarters database could not be upgraded for this version of Sync Console. Nothing in it was changed or lost. ${FREE_SPACE_ADVICE.replace('try again', 'start Sync Console again')}`;
export const OPEN_FAILED_MESSAGE =
  'The headquarters database could not be opened. Nothing in it was changed or lost: close other Sync Console windows and start it again.';

/**
 * Opens the database, or fails in words a person can act on. Nothing here deletes or recreates
 * a database that would not open: what was saved stays where it is for the next start.
 * A blocked upgrade would otherwise wait without end behind the startup screen.
 */
export async function openHqDatabase(db: Dexie): Promise<void> {
  let onBlocked = () => undefined as void;
  const blocked = new Promise<never>((_resolve, reject) => (onBlocked = () => reject(new UserFacingError(BLOCKED_MESSAGE))));
  db.on('blocked', onBlocked);
  try {
    await Promise.race([db.open(), blocked]);
  } catch (error) {
    throw openFailure(error);
  } finally {
    db.on('blocked').unsubscribe(onBlocked);
  }
}

/** Why a database (the HQ's or the workspace registry) would not open, in words; any other error is returned as it is. */
export function openFailure(error: unknown): unknown {
  if (error instanceof UserFacingError) return error;
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  // No IndexedDB at all, or one the browser refuses to use (Firefox's private mode, storage turned off).
  if (name === 'MissingAPIError' || inner === 'SecurityError' || inner === 'InvalidStateError') return new UserFacingError(NO_STORAGE_MESSAGE);
  if (!OPEN_FAILURES.has(name)) return error;
  console.error(`The headquarters database could not be opened: ${describeError(error)}`);
  // An upgrade writes (it moves rows, it fills new tables): on a full disk it is undone whole.
  return new UserFacingError(isDiskFull(error) ? UPGRADE_DISK_FULL_MESSAGE : OPEN_FAILED_MESSAGE);
}

/** Dexie's errors for a database that would not open (a full disk, QuotaExceededError, is not among them: userMessage words it). */
const OPEN_FAILURES = new Set(['OpenFailedError', 'DatabaseClosedError', 'VersionError', 'UpgradeError', 'UnknownError', 'AbortError']);
