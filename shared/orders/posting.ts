import type { AccountStructure, TenderMethod, TenderType } from '../configuration/configuration';
import type { TransactionBundle } from './transaction-entities';
import { FREIGHT_CHARGE } from '../demo/demo-catalog';

/** The posting profile: which main account each part of a transaction posts to. */
export const MAIN_ACCOUNTS = {
  salesRevenue: '401100',
  salesTax: '222200',
  freight: '618160',
  payment: { card: '110140', cash: '110110', giftCard: '243100', customerAccount: '130100', check: '110120' } satisfies Record<TenderMethod, string>,
} as const;

export function mainAccountsFor(bundle: TransactionBundle, tenderTypes: ReadonlyMap<string, TenderType>): string[] {
  const accounts = new Set<string>([MAIN_ACCOUNTS.salesRevenue]);
  if (bundle.RetailTransactionTaxTrans.some((t) => (t.Amount ?? 0) !== 0)) accounts.add(MAIN_ACCOUNTS.salesTax);
  if (bundle.RetailTransactionMarkupTrans.some((c) => c.MarkupCode === FREIGHT_CHARGE)) accounts.add(MAIN_ACCOUNTS.freight);
  for (const payment of bundle.RetailTransactionPaymentTrans) {
    const method = tenderTypes.get(payment.tenderType ?? '')?.method;
    if (method) accounts.add(MAIN_ACCOUNTS.payment[method]);
  }
  return [...accounts];
}

export function isMainAccountAllowed(structures: readonly AccountStructure[], account: string): boolean {
  const value = Number(account);
  return structures.some((s) => s.allowedRanges.some((r) => Number(r.from) <= value && value <= Number(r.to)));
}

export const paysByCard = (bundle: TransactionBundle, tenderTypes: ReadonlyMap<string, TenderType>): boolean =>
  bundle.RetailTransactionPaymentTrans.some((p) => tenderTypes.get(p.tenderType ?? '')?.method === 'card');
