// The window's handles open the browser's own IndexedDB, as in the app: fake-indexeddb stands in for it here.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { HqDatabase } from '../../shared/db/hq-database';
import { WriteRefusedError } from '../../shared/db/refuse-writes';
import { WorkspaceRegistry } from '../../shared/db/workspace-registry';
import { seedDemoData } from '../../shared/demo/seed-demo-data';
import { readingHqDatabase, readingWorkspaceRegistry } from '../../renderer/hq/reading-handles';

describe("the window's database handles: the HQ worker is the only writer", () => {
  it('read what the worker wrote, and refuse every kind of write, storing nothing', async () => {
    const writer = new HqDatabase('reading-handles');
    await seedDemoData(writer);
    const before = await writer.numberSequences.toArray();
    const [first] = before;
    expect(first).toBeDefined();

    const reader = readingHqDatabase('reading-handles');
    const table = reader.numberSequences;
    expect(await table.toArray()).toEqual(before);
    const writes: [string, () => Promise<unknown>][] = [
      ['add', () => table.add({ ...first!, code: 'NEW' })],
      ['put', () => table.put({ ...first!, next: first!.next + 1 })],
      ['bulkPut', () => table.bulkPut([{ ...first!, next: first!.next + 1 }])],
      ['update', () => table.update(first!.code, { next: first!.next + 1 })],
      ['modify', () => table.where('code').equals(first!.code).modify({ next: first!.next + 1 })],
      ['delete', () => table.delete(first!.code)],
      ['bulkDelete', () => table.bulkDelete([first!.code])],
      ['a collection deleted', () => table.toCollection().delete()],
      ['clear', () => table.clear()],
      ['put in a read-write transaction', () => reader.transaction('rw', table, () => table.put({ ...first!, next: 1 }))],
    ];
    for (const [name, write] of writes) {
      const refused = await write().then(() => null, (e: unknown) => e);
      // Dexie wraps a refusal inside a bulk operation or a transaction; the cause is this one.
      const cause = refused instanceof WriteRefusedError ? refused : (refused as { inner?: unknown; failures?: unknown[] } | null)?.inner ?? (refused as { failures?: unknown[] } | null)?.failures?.[0];
      expect(cause, name).toBeInstanceOf(WriteRefusedError);
    }
    expect(await writer.numberSequences.toArray()).toEqual(before);
    reader.close();
    writer.close();
  });

  it('refuse a write to the workspace registry too', async () => {
    const registry = readingWorkspaceRegistry();
    const workspace = { id: 'x', kind: 'import' as const, name: 'x', databaseName: 'x', createdAt: '2026-12-07', sourceFiles: [], report: null };
    await expect(registry.workspaces.put(workspace)).rejects.toBeInstanceOf(WriteRefusedError);
    expect(await new WorkspaceRegistry().workspaces.count()).toBe(0);
  });
});
