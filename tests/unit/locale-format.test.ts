import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { formatCount, formatDateTimeSeconds, formatDayOrHour, formatDuration, formatMoney, formatTransDateTime } from '../../renderer/components/format';
import { formatDecimal } from '../../renderer/components/locale-format';
import { initI18n } from '../../renderer/i18n/i18n';
import { fieldValueText } from '../../renderer/screens/orders/field-display';
import { formatBytes } from '../../renderer/screens/import/chosen-files';
import { TRANSACTION_ENTITIES } from '../../shared/orders/transaction-entities';

// Intl's spaces for grouping and before a currency differ by ICU version: compared as plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('dates, numbers and money read as the chosen language writes them', () => {
  it('formats money in each locale, and bad channel data without breaking', () => {
    expect(formatMoney(1234.5, 'USD', 'en-US')).toBe('$1,234.50');
    expect(plain(formatMoney(1234.5, 'NOK', 'nb-NO'))).toBe('1 234,50 kr');
    expect(plain(formatMoney(1234.5, 'SEK', 'sv-SE'))).toBe('1 234,50 kr');
    expect(plain(formatMoney(1234.5, 'XX1', 'nb-NO'))).toBe('1 234,50 XX1');
    expect(formatMoney(null, 'USD', 'nb-NO')).toBe('');
  });

  it('formats counts and durations in each locale', () => {
    expect(formatCount(12480, 'en-US')).toBe('12,480');
    expect(plain(formatCount(12480, 'sv-SE'))).toBe('12 480');
    expect(formatDuration(1.5, 'nb-NO')).toMatch(/^1,5 s/);
    expect(formatDuration(125, 'en-US')).toBe('2 min 5 sec');
  });

  it('formats a date and time in each locale, and a malformed channel date as sent', () => {
    expect(formatTransDateTime('2026-03-09', 13 * 3600 + 5 * 60, 'en-US')).toBe('03/09/2026, 13:05');
    expect(formatTransDateTime('2026-03-09', 13 * 3600 + 5 * 60, 'nb-NO')).toBe('09.03.2026, 13:05');
    expect(formatTransDateTime('2026-03-09', 13 * 3600 + 5 * 60, 'sv-SE')).toBe('2026-03-09 13:05');
    expect(formatTransDateTime('2026-03-09', null, 'nb-NO')).toBe('09.03.2026');
    expect(formatTransDateTime('9/3/26', 0, 'nb-NO')).toBe('9/3/26');
    // A bar of the chart: a day, or an hour of it.
    expect(formatDayOrHour('2026-11-03', 'nb-NO')).toBe('03.11.2026');
    expect(formatDayOrHour('2026-11-03T14', 'sv-SE')).toBe('2026-11-03 14:00');
    const at = new Date(2026, 10, 23, 7, 8, 9).toISOString();
    expect(formatDateTimeSeconds(at, 'nb-NO')).toBe('23.11.2026, 07:08:09');
    expect(formatDateTimeSeconds(at, 'sv-SE')).toBe('2026-11-23 07:08:09');
  });
});

describe('the numbers of grids and messages as the language writes them', () => {
  const sales = TRANSACTION_ENTITIES.RetailTransactionSalesTrans.fields;
  const header = TRANSACTION_ENTITIES.RetailTransactionTable.fields;

  it('writes a number with the decimals it has', () => {
    expect(plain(formatDecimal(366.35, 'nb-NO'))).toBe('366,35');
    expect(plain(formatDecimal(1234.5, 'sv-SE'))).toBe('1 234,5');
    expect(formatDecimal(366.35, 'en-US')).toBe('366.35');
  });

  it('shows a stored value of the Edit and audit grids as the list would: numbers, dates, enums and Yes/No in the language', async () => {
    await initI18n('nb-NO');
    const t = i18next.t;
    expect(plain(fieldValueText(t, sales.netAmount, '366.35'))).toBe('366,35');
    expect(fieldValueText(t, sales.qty, '-3')).toBe(formatDecimal(-3, 'nb-NO'));
    expect(fieldValueText(t, header.transDate, '2026-11-21')).toBe('21.11.2026');
    expect(fieldValueText(t, header.type, 'CustomerOrder')).toBe('Kundeordre');
    expect(fieldValueText(t, header.entryStatus, 'Concluded')).toBe('Avsluttet');
    expect(fieldValueText(t, header.CreatedOffline, 'Yes')).toBe('Ja');
    // What a field cannot hold (bad channel data) reads as the channel sent it.
    expect(fieldValueText(t, sales.netAmount, 'abc')).toBe('abc');
    expect(fieldValueText(t, header.transDate, '21/11/26')).toBe('21/11/26');
    expect(fieldValueText(t, sales.netAmount, '')).toBe('');
  });

  it('writes every number a message names in its language, an identifier as it is', async () => {
    await initI18n('nb-NO');
    expect(plain(i18next.t('transactions.outcome', { processed: 12480, succeeded: 12000, failed: 480, skipped: 0 }))).toMatch(/^12 480 synkronisert: 12 000 vellykket, 480 mislykket/);
    expect(i18next.t('runs.detailsOf', { id: 12480, job: 'P-0001' })).toBe('Kjøring 12480: P-0001');
    expect(plain(i18next.t('exports.done', { count: 2500, fileName: 'a.csv' }))).toBe('2 500 rader eksportert til a.csv.');
  });
});

describe('a file’s size in the language', () => {
  it('reads as file managers show it, with the locale’s decimal sign', () => {
    expect(formatBytes(812, 'en-US')).toBe('812 bytes');
    expect(formatBytes(4.2 * 1024 * 1024, 'en-US')).toBe('4.2 MB');
    expect(plain(formatBytes(4.2 * 1024 * 1024, 'nb-NO'))).toBe('4,2 MB');
    expect(formatBytes(100 * 1024 * 1024, 'en-US')).toBe('100 MB');
  });
});
