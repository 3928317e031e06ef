import type { RunDispatch, RunDispatchMessage, RunResult } from './runner-schemas';
import { UserFacingError } from '../platform/user-facing-error';
import type { CommandOutcome } from './run-outcome';

type DispatchMessage = RunDispatchMessage;

interface Pending {
  message: DispatchMessage;
  sent: boolean;
  resolve: (outcome: CommandOutcome) => void;
  reject: (error: Error) => void;
}

/**
 * The bridge between the runner and the HQ worker it cannot reach directly: runs wait here
 * until a renderer offers to carry them out, go to it, and come back with their outcome. If
 * the renderer goes away mid-run, the runs it held end in error instead of hanging forever.
 */
export class RunDispatcher {
  private send: ((message: DispatchMessage) => void) | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  dispatch = (run: RunDispatch): Promise<CommandOutcome> =>
    new Promise((resolve, reject) => {
      const message = { dispatchId: this.nextId++, run };
      this.pending.set(message.dispatchId, { message, sent: false, resolve, reject });
      this.flush();
    });

  /** A renderer offers to carry out runs. Runs sent to an earlier one (a reloaded page) can no longer end: they fail. */
  attach(send: (message: DispatchMessage) => void): void {
    this.detach('The window carrying out the run was reloaded before it ended.');
    this.send = send;
    this.flush();
  }

  detach(reason: string): void {
    this.send = null;
    for (const [id, pending] of this.pending) {
      if (!pending.sent) continue;
      this.pending.delete(id);
      pending.reject(new UserFacingError(reason));
    }
  }

  complete(dispatchId: number, result: RunResult['result']): void {
    const pending = this.pending.get(dispatchId);
    if (!pending) return;
    this.pending.delete(dispatchId);
    if (result.ok) pending.resolve(result.outcome);
    // The window's answer is already in words (the worker's refusal, or its userMessage).
    else pending.reject(new UserFacingError(result.error));
  }

  private flush(): void {
    if (!this.send) return;
    for (const pending of this.pending.values()) {
      if (pending.sent) continue;
      pending.sent = true;
      this.send(pending.message);
    }
  }
}
