import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { describeError, isDiskFull } from '../../shared/platform/storage-errors';
import { isStorageFailure } from '../../shared/platform/user-facing-error';

const quota = () => new DOMException('', 'QuotaExceededError');

describe('a full disk, however it is reported', () => {
  it('is told from every shape Chromium and Dexie give it', () => {
    const shapes = {
      'QuotaExceededError on a request': quota(),
      'AbortError whose inner error is the quota (a transaction aborted at its commit)': new Dexie.AbortError(quota()),
      'UnknownError whose inner error is the quota': new Dexie.UnknownError('Internal error committing transaction.', quota()),
      'a transaction aborted with no error at all': new Dexie.AbortError(),
      'a request aborted with its transaction, no reason given': new Dexie.AbortError(new DOMException('The transaction was aborted.', 'AbortError')),
      'a bulk write whose failures are the quota': Object.assign(new Dexie.BulkError('3 of 3 operations failed', []), { failures: [quota(), quota()] }),
      'the quota under a cause': new Error('wrapped', { cause: new Dexie.AbortError(quota()) }),
    };
    for (const [shape, error] of Object.entries(shapes)) {
      expect(isDiskFull(error), shape).toBe(true);
      // Every place that contains one record's failure lets it through, so it stops the work.
      expect(isStorageFailure(error), shape).toBe(true);
    }
  });

  it('is not a cancel, a closed database or a fault of the code', () => {
    const controller = new AbortController();
    controller.abort();
    const others = [
      controller.signal.reason, new DOMException('This operation was aborted', 'AbortError'), new TypeError("Cannot read properties of undefined (reading 'x')"),
      new Dexie.UnknownError('Internal error.'), new Dexie.AbortError(new Dexie.ConstraintError('Key already exists.')), new Dexie.DatabaseClosedError(), null, 'text',
    ];
    for (const error of others) expect(isDiskFull(error), String(error)).toBe(false);
  });
});

describe('the developer log', () => {
  it('carries the real error, its inner error and its stack, never the class of a minified build', () => {
    // What a minified build's error looks like: its class is a letter, its name what the library set.
    class r extends Error {}
    const minified = Object.assign(new r('Transaction aborted.'), { name: 'AbortError', inner: quota() });
    const text = describeError(minified);
    expect(text.split('\n')[0]).toBe('AbortError: Transaction aborted.');
    expect(text).toContain('caused by:\nQuotaExceededError: (no message)');
    expect(text).toMatch(/\n {4}at /); // its stack, frame by frame
    expect(text).not.toMatch(/^r\b/m);
    expect(describeError(new Dexie.UnknownError('Internal error committing transaction.', quota()))).toMatch(/^UnknownError: Internal error committing transaction\.[\s\S]*QuotaExceededError/);
    expect(describeError('a text thrown')).toBe('a text thrown');
    expect(describeError({ code: 7 })).toBe('Object: (no message)');
  });
});
