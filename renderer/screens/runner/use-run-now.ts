import { useCallback, useRef, useState } from 'react';
import type { CommandOutcome } from '../../../shared/runner/run-outcome';

export interface RunNowState {
  busy: boolean;
  outcome: CommandOutcome | null;
  error: string | null;
}

/**
 * Starts a run through the job runner and keeps its outcome (or why it could not run) for the UI.
 * Only the latest request's answer is shown: one that was reset or superseded is ignored.
 */
export function useRunNow() {
  const [state, setState] = useState<RunNowState>({ busy: false, outcome: null, error: null });
  const latest = useRef(0);
  const start = useCallback(async (run: () => Promise<CommandOutcome>) => {
    const request = ++latest.current;
    const settle = (next: RunNowState) => request === latest.current && setState(next);
    setState({ busy: true, outcome: null, error: null });
    try {
      settle({ busy: false, outcome: await run(), error: null });
    } catch (e) {
      settle({ busy: false, outcome: null, error: e instanceof Error ? e.message : String(e) });
    }
  }, []);
  const reset = useCallback(() => {
    latest.current += 1;
    setState({ busy: false, outcome: null, error: null });
  }, []);
  return { ...state, start, reset };
}
