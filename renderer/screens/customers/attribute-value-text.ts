import type { TFunction } from 'i18next';
import type { OperationField } from '../../../shared/customers/customer-rules';
import { term } from '../../i18n/terms';

/**
 * A value of an operation as the screen shows it: a customer attribute's value is one of HQ's
 * allowed values (Gold, E-mail, Yes…), said in the user's language; the customer's own values (a
 * name, an address) and a value HQ does not allow are data, shown as stored. The field being
 * edited keeps the stored value: it is what HQ checks.
 */
export function operationValueText(t: TFunction, field: OperationField, value: string): string {
  return field.startsWith('attribute:') && value !== '' ? term(t, value) : value;
}
