import type { AccountStructure } from '../domain/configuration';
import type { HqTransaction, PaymentMethod } from '../domain/transactions';
import { FREIGHT_CHARGE } from '../demo/demo-catalog';

/** The posting profile: which main account each part of a transaction posts to. */
export const MAIN_ACCOUNTS = {
  salesRevenue: '401100',
  salesTax: '222200',
  freight: '618160',
  payment: { card: '110140', cash: '110110', giftCard: '243100', customerAccount: '130100' } satisfies Record<PaymentMethod, string>,
} as const;

export function mainAccountsFor(transaction: HqTransaction): string[] {
  const accounts = new Set<string>([MAIN_ACCOUNTS.salesRevenue]);
  if (transaction.taxAmount !== 0) accounts.add(MAIN_ACCOUNTS.salesTax);
  for (const charge of transaction.charges) {
    if (charge.code === FREIGHT_CHARGE) accounts.add(MAIN_ACCOUNTS.freight);
  }
  for (const payment of transaction.payments) accounts.add(MAIN_ACCOUNTS.payment[payment.method]);
  return [...accounts];
}

export function isMainAccountAllowed(structures: readonly AccountStructure[], account: string): boolean {
  const value = Number(account);
  return structures.some((s) => s.allowedRanges.some((r) => Number(r.from) <= value && value <= Number(r.to)));
}
