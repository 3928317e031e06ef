// The HQ worker: the single writer of the headquarters simulation. It seeds the demo data
// into an empty database, then runs every command the UI or the job runner sends, validating
// each message. Commands interleave (a Cancel reaches a running job); the engine keeps each
// item atomic and each job's runs in line.
import { Dexie } from 'dexie';
import { HQ_DATABASE_NAME, HqDatabase } from '../../shared/db/hq-database';
import { newerVersionOnDisk } from '../../shared/db/newer-version';
import { openHqDatabase } from '../../shared/db/open-hq-database';
import { WorkspaceRegistry } from '../../shared/db/workspace-registry';
import { deleteAbandonedImports } from '../../shared/import/import-workspace';
import { markInterruptedPulls } from '../../shared/pull/interrupted-pulls';
import { hqReleaseSchema, hqWorkerConfigSchema, type HqResponse, type HqWorkerConfig } from '../../shared/contracts/hq-commands';
import { WRITER_LOCK } from './writer-lock';
import { seedDemoData } from '../../shared/demo/seed-demo-data';
import { HqEngine } from '../../shared/engine/hq-engine';
import { interruptOrphanedRuns } from '../../shared/run-history/record-job-run';
import { UserFacingError, userMessage } from '../../shared/platform/user-facing-error';
import { clipMessage, LIMITS } from '../../shared/platform/limits';
import { HqRequests } from './hq-requests';
import { HqReadsThroughPage } from './hq-reads';

/** The part of DedicatedWorkerGlobalScope used here (the DOM and WebWorker libs cannot share one program). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}
const scope = self as unknown as WorkerScope;
const post = (message: HqResponse) => scope.postMessage(message);

/** The workspace this worker serves, from its name (main.tsx); the demo HQ if the name says nothing usable. */
function workerConfig(): HqWorkerConfig {
  let raw: unknown = null;
  try {
    raw = JSON.parse((self as unknown as { name: string }).name);
  } catch {
    // not JSON: the demo
  }
  const parsed = hqWorkerConfigSchema.safeParse(raw);
  return parsed.success ? parsed.data : { databaseName: HQ_DATABASE_NAME, readOnly: false };
}

const config = workerConfig();
const db = new HqDatabase(config.databaseName);
const workspaces = { registry: new WorkspaceRegistry(), open: (name: string) => new HqDatabase(name), remove: (name: string) => Dexie.delete(name) };
const hqReads = new HqReadsThroughPage(post);
const engine = new HqEngine(db, () => new Date(), { readOnly: config.readOnly, workspaces, hqReader: hqReads.read });
const LOCK_WAIT_MS = 5000;
// The UI shows the storage as the worker finds it: full, and what waits for room.
db.storage.subscribe((state) => post({
  kind: 'storage', ...state,
  runEnds: state.runEnds.slice(0, LIMITS.runEnds).map((end) => ({ ...end, error: end.error === null ? null : clipMessage(end.error) })),
}));
/** How long a handover waits for the commands under way to end once canceled, before letting go anyway. */
const RELEASE_WAIT_MS = 10_000;
/** Lets go of the writer lock (a handover); until then the worker holds it for its whole life. */
let letGo: () => void = () => undefined;

/**
 * One writer per database, across tabs and windows: the worker holds a Web Lock until it is
 * closed, or until its page hands the work to another window. It waits a moment for it, since a
 * reloaded page's old worker may still be letting go.
 */
function holdWriterLock(): Promise<void> {
  return new Promise((resolve, reject) => {
    navigator.locks
      .request(WRITER_LOCK, { signal: AbortSignal.timeout(LOCK_WAIT_MS) }, () => {
        resolve();
        return new Promise<void>((done) => {
          letGo = done;
        });
      })
      .catch(() => reject(new WriterElsewhere('Sync Console is already open in another tab or window. Use that one: only one may work on the headquarters database at a time.')));
  });
}

/** The writer lock stayed with another window's worker: the page offers to move the work here instead. */
class WriterElsewhere extends UserFacingError {}

const ready = holdWriterLock().then(async () => {
  await openHqDatabase(db);
  await deleteAbandonedImports(workspaces, await Dexie.getDatabaseNames());
  await markInterruptedPulls(workspaces.registry, new Date());
  // A database from a newer Sync Console is only read: no run is marked, nothing is seeded.
  if (newerVersionOnDisk(db) !== null) return 'newerVersion' as const;
  await interruptOrphanedRuns(db, new Date());
  if (config.databaseName === HQ_DATABASE_NAME) await seedDemoData(db);
  return null;
}).then(
  (readOnly) => post({ kind: 'ready', readOnly }),
  (error: unknown) => {
    post({ kind: 'startFailed', message: userMessage(error, 'opening the headquarters database'), writerElsewhere: error instanceof WriterElsewhere });
    throw error;
  },
);

/**
 * Hands the work over: what is under way is canceled as its Cancel would (runs end Canceled with
 * what they did; every item is atomic, so nothing is half-written), the database is closed, and the
 * lock goes to the window waiting for it. A command that does not end in time is left to the page's
 * reload, which ends it as a closed window does (the next writer marks such runs interrupted).
 */
async function releaseWriter(): Promise<void> {
  const ended = requests.release();
  engine.cancelAll();
  await Promise.race([ended, new Promise((r) => setTimeout(r, RELEASE_WAIT_MS))]);
  db.close();
  letGo();
  post({ kind: 'released' });
}

const requests = new HqRequests({ execute: (command, onProgress, onPullStatus) => engine.execute(command, onProgress, onPullStatus), storage: db.storage, post, ready });
scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  if (hqReleaseSchema.safeParse(event.data).success) void releaseWriter();
  else if (!hqReads.answer(event.data)) requests.receive(event.data);
});
