import { describe, expect, it } from 'vitest';
import type { DBCore, Middleware } from 'dexie';
import { HqRequests } from '../../renderer/hq/hq-requests';
import type { HqResponse } from '../../shared/contracts/hq-commands';
import { HqEngine } from '../../shared/engine/hq-engine';
import { badVariants, deeplyNested, HUGE_TEXT } from '../support/oversized';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { validCommands } from '../support/valid-commands';

/** Counts every write that reaches the database, from its seeding on. */
function writeCounter() {
  const counter = { writes: 0, middleware: undefined as unknown as Middleware<DBCore> };
  counter.middleware = {
    stack: 'dbcore', name: 'count-writes',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return { ...table, mutate: (request) => ((counter.writes += 1), table.mutate(request)) };
      },
    }),
  };
  return counter;
}

/** The worker's own message handler on a seeded database, its answers collected; `answered` waits for the one to a request. */
async function worker() {
  const counter = writeCounter();
  const db = await seededDatabase(counter.middleware);
  const engine = new HqEngine(db, steppingClock());
  const answers: HqResponse[] = [];
  const waiting = new Map<number, () => void>();
  const requests = new HqRequests({
    execute: (command, onProgress) => engine.execute(command, onProgress), storage: db.storage, ready: Promise.resolve(),
    post: (message) => {
      answers.push(message);
      if ('requestId' in message && message.kind !== 'progress') waiting.get(message.requestId)?.();
    },
  });
  const answered = (requestId: number) => new Promise<HqResponse>((resolve) => {
    const found = () => answers.find((a) => 'requestId' in a && a.requestId === requestId && a.kind !== 'progress');
    const now = found();
    if (now) return resolve(now);
    waiting.set(requestId, () => resolve(found()!));
  });
  return { db, counter, requests, answers, answered };
}

describe("the HQ worker's message handler", () => {
  it('refuses every malformed and oversized message in words, answering each with its request id, and stores nothing', async () => {
    const { counter, requests, answers } = await worker();
    const seeded = counter.writes;
    const bad: unknown[] = [
      null, 'synchronize everything', 42, [], HUGE_TEXT, deeplyNested(),
      { requestId: 7 }, { requestId: 7, command: null }, { requestId: 7, command: { type: 'dropDatabase' } },
      { requestId: -1, command: validCommands.retryAllCouplings }, { requestId: '7', command: validCommands.retryAllCouplings },
      ...Object.values(validCommands).flatMap((command) => badVariants(command).map(({ payload }) => ({ requestId: 7, command: payload }))),
    ];
    for (const message of bad) requests.receive(message);
    // Each is refused as it arrives, before anything runs.
    expect(answers).toHaveLength(bad.length);
    for (const answer of answers) {
      expect(answer).toMatchObject({ kind: 'failed', message: expect.stringMatching(/^Sync Console refused this request/), fieldErrors: null });
    }
    // The sender of a request hears of it by its id; a message with no usable id is answered as -1.
    expect(answers.filter((a) => 'requestId' in a && a.requestId === 7)).toHaveLength(bad.length - 8);
    await requests.release();
    expect(counter.writes).toBe(seeded);
  });

  it('runs a valid message and answers with its result: the same handler, so the writes above would have been counted', async () => {
    const { counter, requests, answered } = await worker();
    const seeded = counter.writes;
    requests.receive({ requestId: 3, command: validCommands.setChannelDatabaseOnline });
    expect(await answered(3)).toEqual({ kind: 'done', requestId: 3, result: {} });
    expect(counter.writes).toBeGreaterThan(seeded);
  });

  it('answers a command that fails with why, in words, and with the fields at fault', async () => {
    const { db, counter, requests, answered } = await worker();
    const seeded = counter.writes;
    requests.receive({ requestId: 4, command: { ...validCommands.updateNumberSequence, code: 'NoSuchSequence' } });
    expect(await answered(4)).toEqual({ kind: 'failed', requestId: 4, message: 'Number sequence NoSuchSequence does not exist.', fieldErrors: null });
    const sequence = (await db.numberSequences.limit(1).first())!;
    requests.receive({ requestId: 5, command: { type: 'updateNumberSequence', code: sequence.code, next: sequence.next - 1, largest: sequence.largest } });
    expect(await answered(5)).toMatchObject({ kind: 'failed', requestId: 5, fieldErrors: { next: expect.stringMatching(/^Next cannot be lower than/) } });
    expect(counter.writes).toBe(seeded);
  });

  it('starts no command once the work has moved to another window', async () => {
    const { counter, requests, answered } = await worker();
    const seeded = counter.writes;
    await requests.release();
    requests.receive({ requestId: 6, command: validCommands.retryAllCouplings });
    expect(await answered(6)).toMatchObject({ kind: 'failed', message: 'The work has moved to another Sync Console window: do it there.' });
    expect(counter.writes).toBe(seeded);
  });
});
