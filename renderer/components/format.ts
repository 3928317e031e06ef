import { format } from 'date-fns';
import type { Cents } from '../../shared/domain/transactions';

const money = new Map<string, Intl.NumberFormat>();

export function formatMoney(cents: Cents, currency: string): string {
  let formatter = money.get(currency);
  if (!formatter) money.set(currency, (formatter = new Intl.NumberFormat('en-US', { style: 'currency', currency })));
  return formatter.format(cents / 100);
}

export const formatDateTime = (iso: string): string => format(new Date(iso), 'yyyy-MM-dd HH:mm');
export const formatDateTimeSeconds = (iso: string): string => format(new Date(iso), 'yyyy-MM-dd HH:mm:ss');
