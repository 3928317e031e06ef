import type { TFunction } from 'i18next';
import { customerProblems } from '../../../shared/customers/customer-rules';
import { matchMessage } from '../../../shared/platform/message-catalog';
import { term } from '../../i18n/terms';

/** The names a problem gives in English, said in the user's language: an address part, an attribute and its allowed values. */
const NAMED: Partial<Record<keyof typeof customerProblems, (t: TFunction, value: string, index: number) => string>> = {
  addressPartMissing: (t, value) => term(t, value),
  attributeUnknown: (t, value) => term(t, value),
  // '{{p0}}' (the value given, data) is not an allowed value of {{p1}} (the attribute) (allowed: {{p2}}, a list).
  attributeValueNotAllowed: (t, value, index) => (index === 0 ? value : value.split(', ').map((v) => term(t, v)).join(', ')),
};

/** One problem in the user's language, the names it gives too (an address part, an attribute, its values). */
export function customerProblemText(t: TFunction, problem: string): string {
  const message = matchMessage(customerProblems, problem);
  if (!message) return problem;
  const name = NAMED[message.key];
  const values = name ? message.values.map((v, i) => name(t, v, i)) : message.values;
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
