import type { TFunction } from 'i18next';
import { customerProblems } from '../../../shared/customers/customer-rules';
import { matchMessage } from '../../../shared/platform/message-catalog';
import { term } from '../../i18n/terms';

/** One problem in the user's language; an address part is a field's name (as in English, capitalized), itself translated. */
export function customerProblemText(t: TFunction, problem: string): string {
  const message = matchMessage(customerProblems, problem);
  if (!message) return problem;
  const values = message.key === 'addressPartMissing' ? message.values.map((v) => term(t, v)) : message.values;
  return t(`customerProblems.${message.key}`, Object.fromEntries(values.map((v, i) => [`p${i}`, v])));
}

/**
 * A Last known error in the user's language, line by line: each line is a problem, or a table's
 * name (RETAILASYNCCUSTOMERV2, as HQ names it) and a problem; what no message matches stays as stored.
 */
export function customerErrorText(t: TFunction, error: string): string {
  return error.split('\n').map((line) => {
    const table = /^([A-Z0-9_]+): ([\s\S]*)$/.exec(line);
    return table ? `${table[1]}: ${customerProblemText(t, table[2]!)}` : customerProblemText(t, line);
  }).join('\n');
}
