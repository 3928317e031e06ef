/** What a job throws when its run is canceled. */
export const canceledError = (): DOMException => new DOMException('The run was canceled.', 'AbortError');

/** A signal that is aborted at its nth check: a job checks before each chunk and before each record in it. */
export function abortedAtCheck(n: number): AbortSignal {
  let checks = 0;
  const signal = new AbortController().signal;
  signal.throwIfAborted = () => {
    if (++checks >= n) throw canceledError();
  };
  return signal;
}
