/**
 * A pull paused on the page it reached (a sign-in to renew, a network to wait for) until the person
 * says Resume; Cancel (the abort signal) ends the wait instead.
 */
export class PullPause {
  /** Every read waiting (a pull has a few pages in flight, and each may have met the same lost network). */
  private waiting: (() => void)[] = [];

  readonly resumed = (signal?: AbortSignal): Promise<void> => waitFor((resolve) => this.waiting.push(resolve), signal);

  resume(): void {
    const waiting = this.waiting;
    this.waiting = [];
    for (const wake of waiting) wake();
  }
}

/** Waits as HQ asked (Retry-After), or until canceled. */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> => waitFor((resolve) => {
  const timer = setTimeout(resolve, ms);
  signal?.addEventListener('abort', () => clearTimeout(timer), { once: true });
}, signal);

function waitFor(start: (resolve: () => void) => void, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const aborted = () => reject(signal!.reason as Error);
    signal?.addEventListener('abort', aborted, { once: true });
    start(() => {
      signal?.removeEventListener('abort', aborted);
      resolve();
    });
  });
}
