import { format } from 'date-fns';

const money = new Map<string, Intl.NumberFormat>();

/**
 * An amount in its currency's units (49.5 USD reads "$49.50"). Bad channel data can carry an
 * empty amount or a currency code Intl does not know: those read as blank or as the bare number
 * with the code, instead of breaking the list.
 */
export function formatMoney(amount: number | null, currency: string | null): string {
  if (amount === null || !Number.isFinite(amount)) return '';
  if (!currency) return amount.toFixed(2);
  let formatter = money.get(currency);
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency });
    } catch {
      return `${amount.toFixed(2)} ${currency}`;
    }
    money.set(currency, formatter);
  }
  return formatter.format(amount);
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** A transaction's transDate (YYYY-MM-DD) and transTime (seconds since midnight) as one text, to the minute. */
export function formatTransDateTime(transDate: string | null, transTime: number | null): string {
  if (!transDate) return '';
  if (transTime === null || !Number.isFinite(transTime)) return transDate;
  return `${transDate} ${twoDigits(Math.floor(transTime / 3600))}:${twoDigits(Math.floor(transTime / 60) % 60)}`;
}

export const formatDateTime = (iso: string): string => format(new Date(iso), 'yyyy-MM-dd HH:mm');
export const formatDateTimeSeconds = (iso: string): string => format(new Date(iso), 'yyyy-MM-dd HH:mm:ss');

const counts = new Intl.NumberFormat('en-US');
/** A count of rows as people read it ("12,345"). */
export const formatCount = (n: number): string => counts.format(n);
