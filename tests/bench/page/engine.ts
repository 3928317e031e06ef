// The app's own HQ worker (renderer/hq/hq-client.ts), started the way the app starts it, on a fresh
// database per scenario. Vite bundles hq-worker.ts for this page exactly as it does for the app.
import { HqClient, startHqWorker, type ProgressHandler } from '../../../renderer/hq/hq-client';
import { HqDatabase } from '../../../shared/db/hq-database';
import type { HqCommand, HqCommandOf } from '../../../shared/contracts/hq-commands';
import { seedDemoData } from '../../../shared/demo/seed-demo-data';
import type { EngineRun } from './bench-api';

let client: HqClient | null = null;
let name = '';

/**
 * The worker holds the app's writer Web Lock for its whole life, so a second one in this page would
 * wait for it and fail: each scenario gets a page of its own (run.ts), and one engine in it.
 */
export async function startEngine(seedDemo: boolean, databaseName?: string): Promise<string> {
  if (client) throw new Error('This page already runs an HQ worker: open a new page for the next scenario.');
  name = databaseName ?? `bench-hq-${crypto.randomUUID()}`;
  // The worker seeds only the demo database's own name; a fresh name gets the same demo company here.
  if (seedDemo && !databaseName) {
    const db = new HqDatabase(name);
    await seedDemoData(db);
    db.close();
  }
  client = startHqWorker({ databaseName: name, readOnly: false });
  await client.ready;
  return name;
}

export const databaseName = (): string => name;

function engine(): HqClient {
  if (!client) throw new Error('Start the engine first.');
  return client;
}

/** Sends a job run or an import and times it to its answer; one that did not end normally fails the bench rather than printing a rate of nothing. */
export async function timed(command: HqCommandOf<'runJob' | 'importFiles' | 'checkData' | 'pullWorkspace'>): Promise<EngineRun> {
  const start = performance.now();
  const answer = await engine().execute(command);
  const ms = performance.now() - start;
  if ('kind' in answer) {
    if (answer.kind === 'pagesMissing') throw new Error(`${command.type} found pages missing: ${answer.missingPages.join(', ')}`);
    if (answer.kind === 'importedBefore') throw new Error(`${command.type}: the same files were imported before, into ${answer.workspace.name}`);
    return { ms, counts: answer.counts };
  }
  if (answer.status !== null && answer.status !== 'Ended') throw new Error(`${command.type} ended ${answer.status}: ${answer.error ?? 'no message'}`);
  return { ms, counts: answer.counts };
}

export const send = (command: HqCommand, onProgress?: ProgressHandler) => engine().execute(command, onProgress);

/** The page's side of the worker, for a scenario that gives it the host's way to HQ. */
export const hqClient = (): HqClient => engine();
