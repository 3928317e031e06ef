import { ValidationError } from './validation-error';
import { describeError, diskFullMessage, isDiskFull } from '../platform/storage-errors';

/** An error whose message was written for the person who reads it: it may be shown as it is. */
export class UserFacingError extends Error {
  override readonly name: string = 'UserFacingError';
}

/** Errors of the storage itself (closed, full, blocked): they stop all work, not one record's. */
const STORAGE_FAILURES = new Set(['DatabaseClosedError', 'OpenFailedError', 'QuotaExceededError', 'VersionChangeError', 'MissingAPIError', 'InvalidStateError', 'UnknownError']);
export const isStorageFailure = (error: unknown): boolean => (error instanceof Error && STORAGE_FAILURES.has(error.name)) || isDiskFull(error);
export const isAbort = (error: unknown): boolean => error instanceof Error && error.name === 'AbortError';

/**
 * What a person reads when something went wrong while `doing` (e.g. "synchronizing this order"):
 * the message itself when it was written for people, otherwise words, never a JavaScript error
 * text such as "Cannot read properties of undefined". The raw error goes to the developer log.
 */
export function userMessage(error: unknown, doing: string): string {
  if (error instanceof UserFacingError || error instanceof ValidationError) return error.message;
  console.error(`Unexpected error while ${doing}: ${describeError(error)}`);
  if (isDiskFull(error)) return diskFullMessage(doing);
  if (isStorageFailure(error)) return `The headquarters database stopped answering while ${doing}. Restart Sync Console and try again; nothing already saved was lost.`;
  return `An unexpected problem stopped ${doing}; nothing was half-saved. Try again, and if it happens again, report it with the developer log.`;
}
