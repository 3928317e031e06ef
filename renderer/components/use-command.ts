import { useCallback, useState } from 'react';
import type { HqCommand } from '../../shared/contracts/hq-commands';
import type { RunCounts } from '../../shared/runner/job-runs';
import type { FieldErrors } from '../../shared/platform/validation-error';
import { CommandError } from '../hq/hq-client';
import { useServices } from '../hq/hq-context';
import type { CommandOutcome } from '../../shared/runner/run-outcome';

export interface CommandState {
  busy: boolean;
  progress: { counts: RunCounts; total: number } | null;
  result: CommandOutcome | null;
  error: string | null;
  fieldErrors: FieldErrors;
}

const idle: CommandState = { busy: false, progress: null, result: null, error: null, fieldErrors: {} };

/** Sends one command to the HQ worker and tracks its progress, result or error for the UI. */
export function useCommand() {
  const { hq } = useServices();
  const [state, setState] = useState<CommandState>(idle);
  const run = useCallback(
    async (command: HqCommand): Promise<CommandOutcome | null> => {
      setState({ ...idle, busy: true });
      try {
        const result = await hq.execute(command, (counts, total) => setState((s) => ({ ...s, progress: { counts, total } })));
        setState({ ...idle, result });
        return result;
      } catch (e) {
        const error = e instanceof Error ? e.message : String(e);
        setState({ ...idle, error, fieldErrors: e instanceof CommandError ? (e.fieldErrors ?? {}) : {} });
        return null;
      }
    },
    [hq],
  );
  const reset = useCallback(() => setState(idle), []);
  return { ...state, run, reset, setFieldErrors: (fieldErrors: FieldErrors) => setState({ ...idle, fieldErrors }) };
}
