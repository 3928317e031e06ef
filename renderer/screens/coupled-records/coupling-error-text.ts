import type { TFunction } from 'i18next';
import { MANUAL_ACTIONS, SYNCHRONIZE_DIRECTIONS, synchronizeAction } from '../../../shared/coupled-records/coupled-actions';
import { couplingErrors } from '../../../shared/coupled-records/coupling-errors';
import { matchMessage } from '../../../shared/platform/message-catalog';
import { term } from '../../i18n/terms';

/** A coupling's stored error in the user's language, the fields it names too; a text no message matches stays as stored. */
export function couplingErrorText(t: TFunction, text: string): string {
  const message = matchMessage(couplingErrors, text);
  if (!message) return text;
  const values = message.key === 'changedInBoth'
    ? [message.values[0]!, message.values[1]!.split(', ').map((field) => term(t, field)).join(', ')]
    : message.values;
  return t(`couplingErrors.${message.key}`, Object.fromEntries(values.map((v, i) => [`p${i}`, v])));
}

/** A person's action as the Synchronization log names it (Restore records, Synchronize (Get data update), …), in the user's language. */
export function manualActionText(t: TFunction, action: string): string {
  const directions = Object.keys(SYNCHRONIZE_DIRECTIONS) as (keyof typeof SYNCHRONIZE_DIRECTIONS)[];
  const direction = directions.find((d) => synchronizeAction(SYNCHRONIZE_DIRECTIONS[d]) === action);
  if (direction) return `${t('coupled.synchronize')} (${t(`coupled.${direction}`)})`;
  const key = (Object.keys(MANUAL_ACTIONS) as (keyof typeof MANUAL_ACTIONS)[]).find((k) => MANUAL_ACTIONS[k] === action);
  return key ? t(`coupled.${key}`) : action;
}
