import type { WorkspaceRegistry } from '../db/workspace-registry';
import { readPullsUnderWay } from './pull-under-way';

/**
 * At the HQ worker's start, before it runs anything: every pull or refresh still recorded as under
 * way was under way when the app closed (the worker holds the one writer lock, so no other runs
 * one). Each is marked interrupted, for Connect to HQ to offer again; the half-pulled database
 * itself is already gone (deleteAbandonedImports). Dropped as having nothing to offer: a pull whose
 * workspace was entered before the app closed (it finished), and a refresh of a workspace that is
 * gone or no longer pulled. Answers how many were marked.
 */
export async function markInterruptedPulls(registry: WorkspaceRegistry, now: Date): Promise<number> {
  return registry.transaction('rw', registry.pullsUnderWay, registry.workspaces, async () => {
    const { records, unreadable } = readPullsUnderWay(await registry.pullsUnderWay.toArray());
    const workspaces = new Map((await registry.workspaces.toArray()).map((w) => [w.id, w]));
    const over = records.filter((r) => (r.kind === 'pull' ? workspaces.has(r.id) : !workspaces.get(r.id)?.pulledFrom));
    await registry.pullsUnderWay.bulkDelete(over.map((r) => r.id));
    const running = [...records.filter((r) => !over.includes(r)), ...unreadable].filter((r) => r.interruptedAt === null);
    const interruptedAt = now.toISOString();
    for (const { id } of running) await registry.pullsUnderWay.update(id, { interruptedAt });
    return running.length;
  });
}

/** Forgets an interrupted pull or refresh (Discard): nothing of a pull was kept, and a refreshed workspace stays as it is. A running one is not touched. */
export async function discardInterruptedPull(registry: WorkspaceRegistry, id: string): Promise<boolean> {
  return registry.transaction('rw', registry.pullsUnderWay, async () => {
    const record = await registry.pullsUnderWay.get(id);
    if (!record || typeof record.interruptedAt !== 'string') return false;
    await registry.pullsUnderWay.delete(id);
    return true;
  });
}
