import type { TFunction } from 'i18next';
import { matchMessage } from '../../../shared/platform/message-catalog';
import { refreshRunProblems } from '../../../shared/pull/refresh-run-problems';
import { couplingErrorText } from '../coupled-records/coupling-error-text';

/** A run's record problem in the user's language: a refresh's conflicts, a coupled record's error, or as stored (the import's row refusals, in English as HQ's data is). */
export function recordProblemText(t: TFunction, problem: string): string {
  const refresh = matchMessage(refreshRunProblems, problem);
  if (refresh) return t(`runs.refreshProblems.${refresh.key}`, { count: Number(refresh.values[0]) });
  return couplingErrorText(t, problem);
}
