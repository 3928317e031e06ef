import { useCallback, useState } from 'react';
import type { CommandOutcome } from '../../shared/contracts/hq-commands';

export interface RunNowState {
  busy: boolean;
  outcome: CommandOutcome | null;
  error: string | null;
}

/** Starts a run through the job runner and keeps its outcome (or why it could not run) for the UI. */
export function useRunNow() {
  const [state, setState] = useState<RunNowState>({ busy: false, outcome: null, error: null });
  const start = useCallback(async (run: () => Promise<CommandOutcome>) => {
    setState({ busy: true, outcome: null, error: null });
    try {
      setState({ busy: false, outcome: await run(), error: null });
    } catch (e) {
      setState({ busy: false, outcome: null, error: e instanceof Error ? e.message : String(e) });
    }
  }, []);
  const reset = useCallback(() => setState({ busy: false, outcome: null, error: null }), []);
  return { ...state, start, reset };
}
