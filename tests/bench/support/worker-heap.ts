import { writeFile } from 'node:fs/promises';
import type { CDPSession, Page } from 'playwright-core';

interface Reply {
  id: number;
  result?: { usedSize?: number; profile?: unknown };
  error?: { message: string };
}

export interface HeapFigures {
  /** After a full garbage collection, before the work. */
  beforeMb: number;
  /** The largest used heap sampled while the work ran, garbage included (no collection forced). */
  peakMb: number;
  /** The largest live heap while the work ran: a full garbage collection is forced every few seconds, then the heap read. */
  livePeakMb: number;
  /** After a full garbage collection, once it ended. */
  afterMb: number;
}

const SAMPLE_MS = 200;
/** Every this many samples, the sample collects garbage first (each collection takes the worker a few dozen milliseconds). */
const LIVE_EVERY = 25;
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

/**
 * The HQ worker's V8 heap, read over the DevTools protocol: the engine runs in the worker, and
 * performance.memory exists only in windows. Playwright exposes no CDP session for a worker, so
 * this attaches to it through the page's session (Target.setAutoAttach, not flattened) and talks
 * to it with Target.sendMessageToTarget.
 */
export class WorkerHeap {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: Reply) => void>();

  private constructor(private readonly cdp: CDPSession, private readonly sessionId: string) {
    cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== sessionId) return;
      const reply = JSON.parse(event.message) as Reply;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  /** Attaches to the page's HQ worker (its bundle is named hq-worker-*.js); the page must have started it. */
  static async attach(page: Page): Promise<WorkerHeap> {
    const cdp = await page.context().newCDPSession(page);
    const sessionId = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('The HQ worker did not show up to the DevTools protocol.')), 10_000);
      cdp.on('Target.attachedToTarget', (event) => {
        if (event.targetInfo.type !== 'worker' || !event.targetInfo.url.includes('hq-worker')) return;
        clearTimeout(timer);
        resolve(event.sessionId);
      });
    });
    await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
    return new WorkerHeap(cdp, await sessionId);
  }

  private send(method: string, params: object = {}): Promise<Reply> {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, (reply) => (reply.error ? reject(new Error(`${method}: ${reply.error.message}`)) : resolve(reply)));
      this.cdp.send('Target.sendMessageToTarget', { sessionId: this.sessionId, message: JSON.stringify({ id, method, params }) }).catch(reject);
    });
  }

  /** Runs the work under the worker's CPU profiler; the profile (.cpuprofile, for Chrome DevTools) goes to `file`. */
  async profiled<T>(file: string, work: () => Promise<T>): Promise<T> {
    await this.send('Profiler.enable');
    await this.send('Profiler.setSamplingInterval', { interval: 200 });
    await this.send('Profiler.start');
    const result = await work();
    const { profile } = (await this.send('Profiler.stop')).result ?? {};
    await writeFile(file, JSON.stringify(profile));
    return result;
  }

  async usedBytes(): Promise<number> {
    return (await this.send('Runtime.getHeapUsage')).result?.usedSize ?? 0;
  }

  async collectedBytes(): Promise<number> {
    await this.send('HeapProfiler.collectGarbage');
    return this.usedBytes();
  }

  /** Runs the work while sampling the heap: retained before and after (collected), and the peak in between. */
  async around<T>(work: () => Promise<T>): Promise<{ result: T; heap: HeapFigures }> {
    const before = await this.collectedBytes();
    let peak = before;
    let livePeak = before;
    let samples = 0;
    let sampling = false;
    const timer = setInterval(() => {
      if (sampling) return;
      sampling = true;
      const live = ++samples % LIVE_EVERY === 0;
      (live ? this.collectedBytes() : this.usedBytes()).then((used) => {
        peak = Math.max(peak, used);
        if (live) livePeak = Math.max(livePeak, used);
      }, () => undefined).finally(() => (sampling = false));
    }, SAMPLE_MS);
    try {
      const result = await work();
      clearInterval(timer);
      const after = await this.collectedBytes();
      return { result, heap: { beforeMb: mb(before), peakMb: mb(Math.max(peak, after)), livePeakMb: mb(Math.max(livePeak, after)), afterMb: mb(after) } };
    } finally {
      clearInterval(timer);
    }
  }

  detach(): Promise<void> {
    return this.cdp.detach();
  }
}
