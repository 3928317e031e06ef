import { hqReadAnswerMessageSchema, type HqResponse } from '../../shared/contracts/hq-commands';
import type { HqReadAnswer, HqReader } from '../../shared/pull/hq-read';

/**
 * The worker's reads of a real HQ, which go through the page: the worker holds no token and no
 * connection, so it asks the page (hqRead), which asks its host, and waits for the answer
 * (hqReadAnswer), validated on arrival like every other message.
 */
export class HqReadsThroughPage {
  private readonly waiting = new Map<number, (answer: HqReadAnswer) => void>();
  private nextId = 1;

  constructor(private readonly post: (message: HqResponse) => void) {}

  readonly read: HqReader = (request) => new Promise((resolve) => {
    const readId = this.nextId++;
    this.waiting.set(readId, resolve);
    this.post({ kind: 'hqRead', readId, request });
  });

  /** Takes the message if it is the answer to a read; false for any other message. */
  answer(data: unknown): boolean {
    const parsed = hqReadAnswerMessageSchema.safeParse(data);
    if (!parsed.success) return false;
    this.waiting.get(parsed.data.readId)?.(parsed.data.answer);
    this.waiting.delete(parsed.data.readId);
    return true;
  }
}
