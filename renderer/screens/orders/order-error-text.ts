import type { TFunction } from 'i18next';
import { orderErrorMessage } from '../../../shared/orders/order-errors';

/** Order error details in the UI's language where it is one of HQ's known texts; as stored (English) otherwise. */
export function orderErrorText(t: TFunction, details: string): string {
  const message = orderErrorMessage(details);
  return message ? t(`orderErrors.${message.key}`, message.params) : details;
}
