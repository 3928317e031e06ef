import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { nb } from '../../renderer/i18n/nb';
import { sv } from '../../renderer/i18n/sv';
import { causeLabel } from '../../renderer/screens/store-financials/use-cause-label';

async function inLanguage(lng: string, translation: object) {
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation } }, interpolation: { escapeValue: false } });
  return i18n.t;
}

describe('a root cause’s name in Failures by root cause', () => {
  it('names a kind of data error by HQ’s table and field, in the user’s language', async () => {
    expect(causeLabel(await inLanguage('en', en), 'data:RetailTransactionSalesTrans.qty')).toBe('Transaction data: Sales transactions, Quantity');
    expect(causeLabel(await inLanguage('nb', nb), 'data:RetailTransactionSalesTrans.qty')).toBe('Transaksjonsdata: Salgstransaksjoner, Antall');
    expect(causeLabel(await inLanguage('nb', nb), 'data:RetailTransactionAddressTrans')).toBe('Transaksjonsdata: Adressetransaksjoner');
    expect(causeLabel(await inLanguage('sv', sv), 'paymentService')).toBe(sv.workspace.causes.paymentService);
  });

  it('names a table or field HQ’s model does not know as it was stored', async () => {
    expect(causeLabel(await inLanguage('nb', nb), 'data:RetailTransactionOther.someField')).toBe('Transaksjonsdata: RetailTransactionOther, someField');
  });
});
