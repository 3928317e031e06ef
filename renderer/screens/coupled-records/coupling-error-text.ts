import type { TFunction } from 'i18next';
import { MANUAL_ACTIONS, SYNCHRONIZE_DIRECTIONS, synchronizeAction } from '../../../shared/coupled-records/coupled-actions';
import { couplingErrors } from '../../../shared/coupled-records/coupling-errors';
import { JOBS } from '../../../shared/runner/jobs';
import { synchLogMessages } from '../../../shared/coupled-records/synch-log-messages';
import { matchMessage } from '../../../shared/platform/message-catalog';
import { term } from '../../i18n/terms';

/**
 * A coupling's stored error, or a job's line in a record's log, in the user's language, the fields
 * it names too; a text no message matches (one written before the catalog had it) stays as stored.
 */
export function couplingErrorText(t: TFunction, text: string): string {
  const logLine = matchMessage(synchLogMessages, text);
  if (logLine) return t(`synchLog.${logLine.key}`, Object.fromEntries(logLine.values.map((v, i) => [`p${i}`, v])));
  const message = matchMessage(couplingErrors, text);
  if (!message) return text;
  const values = message.key === 'changedInBoth'
    ? [message.values[0]!, message.values[1]!.split(', ').map((field) => term(t, field)).join(', ')]
    : message.values;
  return t(`couplingErrors.${message.key}`, Object.fromEntries(values.map((v, i) => [`p${i}`, v])));
}

/** What started a job as the Synchronization log names it (Integration synchronization, Restore records, Synchronize (Get data update), …), in the user's language. */
export function manualActionText(t: TFunction, action: string): string {
  if (action === JOBS['integration-synchronization'].name) return t('jobNames.integration-synchronization');
  const directions = Object.keys(SYNCHRONIZE_DIRECTIONS) as (keyof typeof SYNCHRONIZE_DIRECTIONS)[];
  const direction = directions.find((d) => synchronizeAction(SYNCHRONIZE_DIRECTIONS[d]) === action);
  if (direction) return `${t('coupled.synchronize')} (${t(`coupled.${direction}`)})`;
  const key = (Object.keys(MANUAL_ACTIONS) as (keyof typeof MANUAL_ACTIONS)[]).find((k) => MANUAL_ACTIONS[k] === action);
  return key ? t(`coupled.${key}`) : action;
}
