import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HqCommandOf, HqCommandResult, HqCommandType } from '../../shared/contracts/hq-commands';
import type { RunCounts } from '../../shared/runner/job-runs';
import type { FieldErrors } from '../../shared/platform/validation-error';
import { CommandError, HqWorkerStoppedError } from '../hq/hq-client';
import { useServices } from '../hq/hq-context';

export interface CommandState<R> {
  busy: boolean;
  progress: { counts: RunCounts; total: number } | null;
  result: R | null;
  error: string | null;
  fieldErrors: FieldErrors;
}

const idle = { busy: false, progress: null, result: null, error: null, fieldErrors: {} } as const;

/**
 * Sends one command to the HQ worker and tracks its progress, result or error for the UI. T names
 * the commands it sends, so `result` is typed as theirs; `run` answers with the result, or null
 * when the command failed (its error is then in `error`).
 */
export function useCommand<T extends HqCommandType = HqCommandType>() {
  const { hq } = useServices();
  const { t } = useTranslation();
  const [state, setState] = useState<CommandState<HqCommandResult<T>>>(idle);
  const run = useCallback(
    async <C extends HqCommandOf<T>>(command: C): Promise<HqCommandResult<C['type']> | null> => {
      setState({ ...idle, busy: true });
      try {
        const result = await hq.execute(command, (counts, total) => setState((s) => ({ ...s, progress: { counts, total } })));
        setState({ ...idle, result: result as HqCommandResult<T> });
        return result;
      } catch (e) {
        const error = e instanceof HqWorkerStoppedError ? t('app.workerStopped') : e instanceof Error ? e.message : String(e);
        setState({ ...idle, error, fieldErrors: e instanceof CommandError ? (e.fieldErrors ?? {}) : {} });
        return null;
      }
    },
    [hq, t],
  );
  const reset = useCallback(() => setState(idle), []);
  return { ...state, run, reset, setFieldErrors: (fieldErrors: FieldErrors) => setState({ ...idle, fieldErrors }) };
}
