import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HqDatabase } from '../../shared/db/hq-database';
import { BLOCKED_MESSAGE, NO_STORAGE_MESSAGE, OPEN_FAILED_MESSAGE, openFailure, openHqDatabase, UPGRADE_DISK_FULL_MESSAGE } from '../../shared/db/open-hq-database';
import { seedDemoData } from '../../shared/demo/seed-demo-data';

// Each fault is also logged for developers (userMessage, openFailure): expected here, so kept off the test output.
const quiet = vi.spyOn(console, 'error');
beforeAll(() => void quiet.mockImplementation(() => undefined));
afterAll(() => quiet.mockRestore());

// A full disk in the middle of a job, however Chromium reports it: full-disk-jobs.test.ts.

describe('an IndexedDB that cannot open', () => {
  it('says storage is unavailable (private browsing, storage turned off) instead of failing in code words', async () => {
    const db = new HqDatabase('no-storage', { indexedDB: undefined, IDBKeyRange });
    await expect(openHqDatabase(db)).rejects.toThrow(NO_STORAGE_MESSAGE);
  });

  it('says another window of an older version blocks the upgrade, and loses nothing once it closes', async () => {
    const indexedDB = new IDBFactory();
    const saved = new HqDatabase('blocked', { indexedDB, IDBKeyRange });
    await seedDemoData(saved);
    const regions = await saved.regions.toArray();
    saved.close();
    // An older app's connection, in another tab, that does not let go when a newer version asks.
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('blocked');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    class Upgraded extends HqDatabase {
      constructor() {
        super('blocked', { indexedDB, IDBKeyRange });
        this.version(this.verno + 1).stores({ laterTable: 'id' });
      }
    }
    const db = new Upgraded();
    await expect(openHqDatabase(db)).rejects.toThrow(BLOCKED_MESSAGE);
    older.close();
    db.close();
    const reopened = new Upgraded();
    await openHqDatabase(reopened);
    expect(await reopened.regions.toArray()).toEqual(regions);
    reopened.close();
  });
});

describe('openFailure', () => {
  it('words what stops a database from opening, and leaves every other error as it is', () => {
    const dexie = (name: string, inner?: string) => Object.assign(new Error('raw'), { name, inner: inner ? { name: inner } : undefined });
    expect((openFailure(dexie('MissingAPIError')) as Error).message).toBe(NO_STORAGE_MESSAGE);
    expect((openFailure(dexie('OpenFailedError', 'InvalidStateError')) as Error).message).toBe(NO_STORAGE_MESSAGE);
    expect((openFailure(dexie('OpenFailedError', 'UnknownError')) as Error).message).toBe(OPEN_FAILED_MESSAGE);
    // An upgrade the disk had no room for.
    expect((openFailure(dexie('OpenFailedError', 'QuotaExceededError')) as Error).message).toBe(UPGRADE_DISK_FULL_MESSAGE);
    expect(UPGRADE_DISK_FULL_MESSAGE).toMatch(/^The disk is full: .+ then start Sync Console again\.$/);
    const other = new Error('Sync Console is already open in another tab or window.');
    expect(openFailure(other)).toBe(other);
  });
});
