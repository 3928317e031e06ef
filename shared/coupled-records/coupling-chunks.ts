import type { HqDatabase } from '../db/hq-database';
import type { Coupling } from './coupled-records';
import { coupledTables } from './coupled-sync';
import type { RunContext } from '../runner/run-progress';
import { stoppedMessage, type SynchJobSet } from './synch-job-set';

/** Couplings per IndexedDB transaction: a person's action waits for at most one chunk. */
export const COUPLING_CHUNK = 100;

/**
 * Works through couplings by id, a chunk per transaction over the coupled tables, cancelable
 * between chunks: the jobs' log entries are written with each chunk. A coupling removed since its
 * id was read comes as undefined. If the run stops, the chunks committed stand and every job says
 * where it stopped, where there is room to write it.
 */
export async function inCouplingChunks(
  db: HqDatabase, ids: readonly number[], ctx: RunContext, jobs: SynchJobSet,
  work: (coupling: Coupling | undefined) => Promise<void>, afterChunk: () => void,
): Promise<void> {
  try {
    for (let start = 0; start < ids.length; start += COUPLING_CHUNK) {
      ctx.signal?.throwIfAborted();
      await db.transaction('rw', coupledTables(db), async () => {
        for (const coupling of await db.crmCouplings.bulkGet(ids.slice(start, start + COUPLING_CHUNK))) await work(coupling);
        await jobs.flush();
      });
      afterChunk();
    }
  } catch (error) {
    // The jobs say where they stopped if there is room to: the run says why it stopped.
    await jobs.finish(stoppedMessage).catch((finishing: unknown) => db.storage.noteFailureOrLog(finishing, 'Recording where Integration synchronization stopped'));
    throw error;
  }
}
