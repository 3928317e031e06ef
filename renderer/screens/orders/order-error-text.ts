import type { TFunction } from 'i18next';
import { orderErrorMessage } from '../../../shared/orders/order-errors';

/** One text in the UI's language where it is one of HQ's known texts; as stored (English) otherwise. */
function knownText(t: TFunction, text: string): string | null {
  const message = orderErrorMessage(text);
  return message ? t(`orderErrors.${message.key}`, message.params) : null;
}

/**
 * Order error details in the UI's language where it is one of HQ's known texts; as stored
 * (English) otherwise. A failure for several causes holds one text a line: each is put so.
 */
export function orderErrorText(t: TFunction, details: string): string {
  return knownText(t, details) ?? details.split('\n').map((line) => knownText(t, line) ?? line).join('\n');
}
