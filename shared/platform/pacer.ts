/**
 * Lets the thread's other work in: resolves after the events already waiting (a worker's next
 * message: a Cancel, a person's command) have run. A message to itself, not setTimeout, which
 * browsers hold back by 4 ms once timeouts nest.
 */
export function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/** How long a long piece of work runs at most before it lets other work in. */
export const WORK_SLICE_MS = 20;

/**
 * Paces a long piece of work that runs on the worker's own thread (an import parsing and
 * converting rows): `pace()` between two of its steps costs a clock read, and once a slice of
 * time has gone by it lets other work in and stops the work if it was canceled meanwhile. So a
 * Cancel is heard, and other commands answered, within a slice, whatever the work is doing.
 */
export class Pacer {
  private since = performance.now();

  constructor(private readonly signal?: AbortSignal, private readonly sliceMs = WORK_SLICE_MS) {}

  /** Whether it let other work in (a moment to say how far the work is). */
  async pace(): Promise<boolean> {
    if (performance.now() - this.since < this.sliceMs) return false;
    await yieldToEvents();
    this.since = performance.now();
    this.signal?.throwIfAborted();
    return true;
  }
}
