/**
 * What IndexedDB says when it cannot write for want of room, however it says it. Chromium reports
 * a quota reached or a full disk in several shapes: a QuotaExceededError DOMException; Dexie's
 * AbortError or UnknownError whose inner error is that DOMException (the transaction was aborted
 * at its commit); a bulk write's failures that are; and a transaction aborted with no error at all
 * (Dexie's AbortError with no inner error, or only the AbortError its requests got). IndexedDB
 * aborts a transaction by itself only when it cannot commit it: a cancel or a failure of the
 * engine's own reaches the caller as the error thrown, never as Dexie's AbortError.
 */

/** How deep the errors an error carries are followed: Dexie wraps at most twice. */
const MAX_DEPTH = 4;

const nameOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error && typeof error.name === 'string' ? error.name : '';

/** The errors an error carries: Dexie's inner error, a standard cause, a bulk write's failures. */
function carriedBy(error: unknown): unknown[] {
  if (typeof error !== 'object' || error === null) return [];
  const { inner, cause, failures } = error as { inner?: unknown; cause?: unknown; failures?: unknown };
  return [inner, cause, ...(Array.isArray(failures) ? failures : [])].filter((e) => e !== null && e !== undefined);
}

/** The error and every error it carries, depth first, each once. */
function chainOf(error: unknown): unknown[] {
  const chain: unknown[] = [];
  const walk = (e: unknown, depth: number) => {
    if (depth > MAX_DEPTH || chain.includes(e)) return;
    chain.push(e);
    for (const carried of carriedBy(e)) walk(carried, depth + 1);
  };
  walk(error, 0);
  return chain;
}

/** Dexie's AbortError for a transaction IndexedDB aborted by itself: no reason given, or only the AbortError of its requests. */
function abortedWithoutReason(error: unknown): boolean {
  if (nameOf(error) !== 'AbortError' || typeof error !== 'object' || error === null || !('inner' in error)) return false;
  const { inner } = error as { inner: unknown };
  if (inner === null || inner === undefined) return true;
  return nameOf(inner) === 'AbortError' && (!(typeof inner === 'object' && 'inner' in inner) || abortedWithoutReason(inner));
}

/** Whether a write failed because the storage has no room left (the disk is full, or the browser's quota for the app reached). */
export function isDiskFull(error: unknown): boolean {
  return chainOf(error).some((e) => nameOf(e) === 'QuotaExceededError') || abortedWithoutReason(error);
}

/** An error's stack, line by line; none where reading it fails (Dexie's getter throws for an error it made without one). */
function stackOf(error: object): string[] {
  try {
    return 'stack' in error && typeof error.stack === 'string' ? error.stack.split('\n') : [];
  } catch {
    return [];
  }
}

/**
 * One error as the developer log (console.error) reads it: name and message (a DOMException's may
 * be empty), then its stack without its first line. Never shown on a screen: the UI says
 * userMessage's words (user-facing-error.ts), and these lines are what a developer needs besides.
 */
function describeOne(error: unknown): string[] {
  if (typeof error !== 'object' || error === null) return [typeof error === 'string' ? error : JSON.stringify(error) ?? String(error)];
  const name = nameOf(error) || error.constructor?.name || 'Error';
  const message = 'message' in error && typeof error.message === 'string' && error.message ? error.message : '(no message)';
  const stack = stackOf(error);
  // A stack starts with "Name: message" in Chromium and Node; Firefox's and Safari's do not.
  const frames = stack[0]?.includes(message) ? stack.slice(1) : stack;
  return [`${name}: ${message}`, ...frames.map((line) => `    ${line.trim()}`).filter((line) => line.trim())];
}

/**
 * The whole of an error for the developer log: its name and message, its stack where it has one,
 * and the same for every error it carries (Dexie's inner error, a cause, a bulk write's failures).
 * Logged as text, not as the object: a minified build's console would show only its class, a letter.
 */
export function describeError(error: unknown): string {
  return chainOf(error).map((e, i) => [...(i ? ['caused by:'] : []), ...describeOne(e)].join('\n')).join('\n');
}

/** What to do when the disk is full, said the same way everywhere. */
export const FREE_SPACE_ADVICE = 'Free disk space, or delete an imported workspace you no longer need, then try again.';

/** A command stopped by a full disk, in words: what stopped, that none of it and all before it is kept as it was, and what to do. */
export function diskFullMessage(doing: string): string {
  return `The disk is full: Sync Console could not finish ${doing}, and none of it was saved; everything saved before is kept. ${FREE_SPACE_ADVICE}`;
}
