// The HQ worker: the single writer of the headquarters simulation. It seeds the demo data
// into an empty database, then runs every command the UI or the job runner sends, one
// validated message at a time, reporting progress as it goes.
import { HqDatabase } from '../../shared/db/hq-database';
import { hqRequestSchema, type HqResponse } from '../../shared/contracts/hq-commands';
import { seedDemoData } from '../../shared/demo/seed-demo-data';
import { HqEngine } from '../../shared/engine/hq-engine';
import { ValidationError } from '../../shared/engine/validation-error';
import type { RunCounts } from '../../shared/domain/job-runs';

/** The part of DedicatedWorkerGlobalScope used here (the DOM and WebWorker libs cannot share one program). */
interface WorkerScope {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}
const scope = self as unknown as WorkerScope;
const post = (message: HqResponse) => scope.postMessage(message);
const PROGRESS_INTERVAL_MS = 100;

const db = new HqDatabase();
const engine = new HqEngine(db);
const ready = seedDemoData(db).then(
  () => post({ kind: 'ready' }),
  (error: unknown) => {
    post({ kind: 'startFailed', message: error instanceof Error ? error.message : String(error) });
    throw error;
  },
);

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  const parsed = hqRequestSchema.safeParse(event.data);
  if (!parsed.success) {
    const requestId = typeof event.data === 'object' && event.data && 'requestId' in event.data ? Number(event.data.requestId) : -1;
    post({ kind: 'failed', requestId, message: `Refused a malformed command: ${parsed.error.message}`, fieldErrors: null });
    return;
  }
  const { requestId, command } = parsed.data;
  let lastProgress = 0;
  const onProgress = (counts: RunCounts, total: number) => {
    const now = Date.now();
    if (now - lastProgress < PROGRESS_INTERVAL_MS && counts.processed < total) return;
    lastProgress = now;
    post({ kind: 'progress', requestId, counts: { ...counts }, total });
  };
  void ready
    .then(() => engine.execute(command, onProgress))
    .then(
      (outcome) => post({ kind: 'done', requestId, outcome }),
      (error: unknown) =>
        post({
          kind: 'failed',
          requestId,
          message: error instanceof Error ? error.message : String(error),
          fieldErrors: error instanceof ValidationError ? error.fieldErrors : null,
        }),
    );
});
