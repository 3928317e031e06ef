import { Dexie, type DBCoreMutateResponse } from 'dexie';
import { mutateHook } from './mutate-hook';

/**
 * The ways Chromium reports a full disk (or the app's quota reached) to a write:
 * - `quotaExceeded`: the request fails with a QuotaExceededError DOMException;
 * - `quotaAtCommit`: every request succeeds, then the transaction aborts at its commit with a
 *   QuotaExceededError (what Chromium does: its quota is checked when a transaction commits);
 *   Dexie answers AbortError, the DOMException as its inner error;
 * - `unknownWithQuota`: the request fails with an UnknownError whose inner error is the quota's;
 * - `abortedWithoutError`: the transaction aborts at its commit with no error at all.
 */
export const FULL_DISK_SHAPES = ['quotaExceeded', 'quotaAtCommit', 'unknownWithQuota', 'abortedWithoutError'] as const;
export type FullDiskShape = (typeof FULL_DISK_SHAPES)[number];

/** The part of fake-indexeddb's transaction that commits it: `_start` commits once no request is left. */
interface FakeTransaction {
  _start(): void;
  _abort(errorName: string | null): void;
  _requests: { request: { readyState: string } }[];
  _state: string;
}

/** Makes a fake-indexeddb transaction abort where it would commit, with the error named (or none), undoing all it wrote. */
function abortAtCommit(transaction: unknown, errorName: string | null): void {
  const fake = transaction as FakeTransaction;
  const start = fake._start.bind(fake);
  fake._start = () => {
    if (fake._state !== 'finished' && fake._requests.every(({ request }) => request.readyState === 'done')) fake._abort(errorName);
    else start();
  };
}

export interface FullDisk {
  /** While full, writes fail (after `room` more writes go through): on the tables named, or on all but those excepted. */
  fill(options?: { room?: number; tables?: readonly string[]; except?: readonly string[] }): void;
  /** Space freed: every write goes through again. */
  free(): void;
  readonly middleware: ReturnType<typeof mutateHook>;
}

/** A disk that fills when told to, and reports it to the writes that find no room in the shape given. */
export function fullDisk(shape: FullDiskShape): FullDisk {
  const state = { full: false, room: 0, tables: null as ReadonlySet<string> | null, except: new Set<string>() };
  const quota = () => new DOMException('', 'QuotaExceededError');
  const middleware = mutateHook(`full-disk-${shape}`, (table, request, next): Promise<DBCoreMutateResponse> => {
    if (!state.full || (state.tables && !state.tables.has(table)) || state.except.has(table)) return next();
    if (state.room > 0) {
      state.room -= 1;
      return next();
    }
    switch (shape) {
      case 'quotaExceeded':
        return Promise.reject(quota());
      case 'unknownWithQuota':
        return Promise.reject(new Dexie.UnknownError('Internal error committing transaction.', quota()));
      case 'quotaAtCommit':
        abortAtCommit(request.trans, 'QuotaExceededError');
        return next();
      case 'abortedWithoutError':
        abortAtCommit(request.trans, null);
        return next();
    }
  });
  return {
    fill: ({ room = 0, tables, except = [] } = {}) => Object.assign(state, { full: true, room, tables: tables ? new Set(tables) : null, except: new Set(except) }),
    free: () => Object.assign(state, { full: false }),
    middleware,
  };
}
