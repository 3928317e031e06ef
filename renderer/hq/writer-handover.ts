import { z } from 'zod';
import { WRITER_LOCK } from './writer-lock';

/**
 * Moving the work between windows. One window's HQ worker is the writer (it holds WRITER_LOCK); a
 * second window, instead of a dead page, offers to take the work over. The windows speak on a
 * BroadcastChannel, every message checked against its schema:
 *  - whoWrites → writing: the second window finds the writer (a lock held by nobody who answers is
 *    a reloaded page's old worker letting go: the second window simply starts);
 *  - handOver → handingOver, then handedOver (the writer's worker has let go of the lock) or
 *    refused (the writer holds values typed and not saved: nothing is lost by moving).
 */
const CHANNEL = 'sync-console-writer';
const windowId = z.uuid();
const messageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('whoWrites'), from: windowId }).strict(),
  z.object({ type: z.literal('writing'), from: windowId, to: windowId }).strict(),
  z.object({ type: z.literal('handOver'), from: windowId, to: windowId }).strict(),
  z.object({ type: z.literal('handingOver'), from: windowId, to: windowId }).strict(),
  z.object({ type: z.literal('handedOver'), from: windowId, to: windowId }).strict(),
  z.object({ type: z.literal('refused'), from: windowId, to: windowId, unsaved: z.array(z.string().max(200)).max(50) }).strict(),
]);
type Message = z.infer<typeof messageSchema>;

/** What a request for the work came to. */
export type HandoverAnswer = { kind: 'handedOver' } | { kind: 'refused'; unsaved: string[] } | { kind: 'noAnswer' };

const FIND_MS = 1500;
const ACK_MS = 3000;
/** The writer cancels what is under way first (its worker waits up to 10 s for it). */
const RELEASE_MS = 30_000;

/** The parts of a BroadcastChannel and of navigator.locks the handover uses (fakes in tests). */
export interface HandoverPorts {
  channel: Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener'>;
  locks: Pick<LockManager, 'query'>;
}

export class WriterHandover {
  readonly id: string = crypto.randomUUID();

  constructor(private readonly ports: HandoverPorts = { channel: new BroadcastChannel(CHANNEL), locks: navigator.locks }) {}

  /** Whether some worker holds the writer lock now (this window's own, or another's). */
  async lockHeld(): Promise<boolean> {
    const { held = [] } = await this.ports.locks.query();
    return held.some((lock) => lock.name === WRITER_LOCK);
  }

  /** Whether some worker holds the writer lock within `ms` (a window that was just handed the work is taking it). */
  async lockHeldWithin(ms: number): Promise<boolean> {
    for (const end = Date.now() + ms; Date.now() < end;) {
      if (await this.lockHeld()) return true;
      await new Promise((r) => setTimeout(r, 100));
    }
    return false;
  }

  /** The window that writes now, if one answers. */
  async findWriter(): Promise<string | null> {
    const answer = await this.next((m) => m.type === 'writing' && m.to === this.id, FIND_MS, () => this.post({ type: 'whoWrites', from: this.id }));
    return answer?.from ?? null;
  }

  /** Asks the writer for the work; resolves once its worker has let go of the lock, or why not. */
  async requestWork(writer: string): Promise<HandoverAnswer> {
    const mine = (m: Message) => m.type !== 'whoWrites' && m.to === this.id && m.from === writer;
    const finished = this.next((m) => mine(m) && (m.type === 'handedOver' || m.type === 'refused'), RELEASE_MS);
    const acknowledged = await this.next((m) => mine(m) && m.type !== 'writing', ACK_MS, () => this.post({ type: 'handOver', from: this.id, to: writer }));
    if (!acknowledged) return { kind: 'noAnswer' };
    const answer = acknowledged.type === 'handingOver' ? await finished : acknowledged;
    if (answer?.type === 'handedOver') return { kind: 'handedOver' };
    if (answer?.type === 'refused') return { kind: 'refused', unsaved: answer.unsaved };
    return { kind: 'noAnswer' };
  }

  /**
   * As the writer: answers who writes, and hands the work over when asked. `handOver` lets go of
   * the work and resolves null, or resolves the unsaved records that keep it here; `handedOver`
   * runs once the asker has been told.
   */
  serve(handOver: () => Promise<string[] | null>, handedOver: (to: string) => void): () => void {
    const onMessage = (event: MessageEvent<unknown>) => {
      const parsed = messageSchema.safeParse(event.data);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'whoWrites') this.post({ type: 'writing', from: this.id, to: message.from });
      if (message.type !== 'handOver' || message.to !== this.id) return;
      this.post({ type: 'handingOver', from: this.id, to: message.from });
      void handOver().then((unsaved) => {
        if (unsaved) {
          this.post({ type: 'refused', from: this.id, to: message.from, unsaved: unsaved.slice(0, 50).map((u) => u.slice(0, 200)) });
          return;
        }
        this.post({ type: 'handedOver', from: this.id, to: message.from });
        handedOver(message.from);
      });
    };
    this.ports.channel.addEventListener('message', onMessage as EventListener);
    return () => this.ports.channel.removeEventListener('message', onMessage as EventListener);
  }

  private post(message: Message): void {
    this.ports.channel.postMessage(message);
  }

  /** The next valid message `wanted` accepts within `ms` (null if none), listening before `send` speaks. */
  private next(wanted: (m: Message) => boolean, ms: number, send?: () => void): Promise<Message | null> {
    return new Promise((resolve) => {
      const done = (message: Message | null) => {
        clearTimeout(timer);
        this.ports.channel.removeEventListener('message', onMessage as EventListener);
        resolve(message);
      };
      const onMessage = (event: MessageEvent<unknown>) => {
        const parsed = messageSchema.safeParse(event.data);
        if (parsed.success && wanted(parsed.data)) done(parsed.data);
      };
      const timer = setTimeout(() => done(null), ms);
      this.ports.channel.addEventListener('message', onMessage as EventListener);
      send?.();
    });
  }
}
