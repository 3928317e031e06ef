import type { AccountStructure } from '../configuration/configuration';
import type { HqParameters, PostingProfile, TenderType } from '../master-data/master-data';
import type { TransactionBundle } from './transaction-entities';

/** The main accounts a transaction posts to, by HQ's posting profile: revenue, tax when there is some, freight when charged, each payment's tender. */
export function mainAccountsFor(bundle: TransactionBundle, tenderTypes: ReadonlyMap<string, TenderType>, parameters: HqParameters): string[] {
  const profile = parameters.postingProfile;
  const accounts = new Set<string>([profile.salesRevenue]);
  if (bundle.RetailTransactionTaxTrans.some((t) => (t.Amount ?? 0) !== 0)) accounts.add(profile.salesTax);
  if (bundle.RetailTransactionMarkupTrans.some((c) => c.MarkupCode === parameters.freightChargeCode)) accounts.add(profile.freight);
  for (const payment of bundle.RetailTransactionPaymentTrans) {
    const method = tenderTypes.get(payment.tenderType ?? '')?.method;
    if (method) accounts.add(profile.payment[method]);
  }
  return [...accounts];
}

export function isMainAccountAllowed(structures: readonly AccountStructure[], account: string): boolean {
  const value = Number(account);
  return structures.some((s) => s.allowedRanges.some((r) => Number(r.from) <= value && value <= Number(r.to)));
}

export const paysByCard = (bundle: TransactionBundle, tenderTypes: ReadonlyMap<string, TenderType>): boolean =>
  bundle.RetailTransactionPaymentTrans.some((p) => tenderTypes.get(p.tenderType ?? '')?.method === 'card');

/** Each purpose of the posting profile with its main account, as Account structures lists them. */
export const postingAccounts = (profile: PostingProfile): (readonly [purpose: string, account: string])[] => [
  ['salesRevenue', profile.salesRevenue], ['salesTax', profile.salesTax], ['freight', profile.freight], ...Object.entries(profile.payment),
];
