import { afterEach, describe, expect, it, vi } from 'vitest';
import { CommandError, HqClient, HqWorkerStoppedError } from '../../renderer/hq/hq-client';
import type { HqRequest } from '../../shared/contracts/hq-commands';
import { validCommands } from '../support/valid-commands';

/** Stands in for the HQ worker: keeps what the client sends, and answers (or fails) as a test says. */
class FakeWorker extends EventTarget {
  readonly sent: HqRequest[] = [];
  terminated = false;
  postMessage(message: HqRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  answer(data: unknown): void {
    this.dispatchEvent(new MessageEvent('message', { data }));
  }
  /** The worker failed (a module that would not load, an exception no one caught). */
  fail(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error'), { message }));
  }
}

function client() {
  const worker = new FakeWorker();
  const hq = new HqClient(worker as unknown as Worker);
  // The start's own failure is the startup screen's; here only the commands are followed.
  hq.ready.catch(() => undefined);
  return { worker, hq };
}

/** How a promise settled, without waiting longer than the answers already given. */
const settled = (promise: Promise<unknown>) => Promise.race([
  promise.then((value) => ({ value }), (error: unknown) => ({ error })),
  new Promise((resolve) => setTimeout(() => resolve('pending'), 0)),
]);

describe("the HQ client: every command's promise settles", () => {
  afterEach(() => vi.restoreAllMocks());

  it('with its result, as its own command declares it', async () => {
    const { worker, hq } = client();
    const added = hq.execute(validCommands.addTransactionLine);
    worker.answer({ kind: 'done', requestId: worker.sent[0]!.requestId, result: { lineId: 12 } });
    expect(await added).toEqual({ lineId: 12 });
  });

  it('with the refusal in words and the fields at fault', async () => {
    const { worker, hq } = client();
    const saved = hq.execute(validCommands.updateNumberSequence);
    worker.answer({ kind: 'failed', requestId: worker.sent[0]!.requestId, message: 'Next cannot be lower than 14322.', fieldErrors: { next: 'Next cannot be lower than 14322.' } });
    const error = await saved.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommandError);
    expect(error).toMatchObject({ message: 'Next cannot be lower than 14322.', fieldErrors: { next: 'Next cannot be lower than 14322.' } });
  });

  it('with "the HQ worker stopped", for it and every other, when an answer is not its command\'s result', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { worker, hq } = client();
    const added = hq.execute(validCommands.addTransactionLine);
    const waiting = hq.execute(validCommands.retryAllCouplings);
    // The counts a job would answer with, not the line's id.
    worker.answer({ kind: 'done', requestId: worker.sent[0]!.requestId, result: { counts: { processed: 1, succeeded: 1, failed: 0, skipped: 0 } } });
    for (const promise of [added, waiting]) expect(await settled(promise)).toEqual({ error: expect.any(HqWorkerStoppedError) });
    expect(worker.terminated).toBe(true);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^The HQ worker stopped: its answer to addTransactionLine is outside the contract/));
    // Stopped for good: what is sent later fails at once, and is not sent.
    await expect(hq.execute(validCommands.retryAllCouplings)).rejects.toBeInstanceOf(HqWorkerStoppedError);
    expect(worker.sent).toHaveLength(2);
  });

  it('with "the HQ worker stopped" when the worker sends a message outside the contract', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { worker, hq } = client();
    const synchronizing = hq.execute(validCommands.synchronizeOrders);
    worker.answer({ kind: 'done', result: {} });
    expect(await settled(synchronizing)).toEqual({ error: expect.any(HqWorkerStoppedError) });
  });

  it('with "the HQ worker stopped" when the worker fails, and the start fails with it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { worker, hq } = client();
    const importing = hq.execute(validCommands.importFiles);
    worker.fail('Uncaught RangeError: Maximum call stack size exceeded');
    expect(await settled(importing)).toEqual({ error: expect.any(HqWorkerStoppedError) });
    await expect(hq.ready).rejects.toThrow('The HQ worker could not start: Uncaught RangeError: Maximum call stack size exceeded.');
  });

  it('with "the HQ worker stopped" when this window stops it, without a fault in the log', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { worker, hq } = client();
    const running = hq.execute(validCommands.runJob);
    hq.terminate();
    expect(await settled(running)).toEqual({ error: expect.any(HqWorkerStoppedError) });
    expect(worker.terminated).toBe(true);
    expect(log).not.toHaveBeenCalled();
  });
});
