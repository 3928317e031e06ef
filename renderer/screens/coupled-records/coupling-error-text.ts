import type { TFunction } from 'i18next';
import { couplingErrors } from '../../../shared/engine/coupling-errors';
import { matchMessage } from '../../../shared/engine/message-catalog';
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
