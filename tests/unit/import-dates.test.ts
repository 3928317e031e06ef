import { describe, expect, it } from 'vitest';
import { readExportDate, dateLocaleOfLanguage, DATE_LOCALES } from '../../shared/import/export-dates';
import { readFieldValue } from '../../shared/import/field-value';
import { fieldsOf } from '../../shared/orders/transaction-entities';

describe('dates as the export wrote them', () => {
  it.each([
    // OData: ISO 8601 with its zone; a date-only field at noon UTC keeps its calendar date in every zone.
    ['2026-09-20T12:00:00Z', 'en-US', '2026-09-20'],
    ['2026-09-20T12:00:00+14:00', 'en-US', '2026-09-20'],
    ['2026-09-20T00:30:00-05:00', 'nb-NO', '2026-09-20'],
    ['2026-09-20T23:59:59.999Z', 'de-DE', '2026-09-20'],
    ['2026-09-20', 'en-GB', '2026-09-20'],
    // Packages: the exporting user's regional format.
    ['3/11/2025 12:00:00 AM', 'en-US', '2025-03-11'],
    ['3/11/2025 1:05:09 PM', 'en-US', '2025-03-11'],
    ['03/04/2026', 'en-US', '2026-03-04'],
    ['03/04/2026', 'en-GB', '2026-04-03'],
    ['11.03.2025', 'nb-NO', '2025-03-11'],
    ['11.03.2025 00:00:00', 'de-DE', '2025-03-11'],
    ['2025-03-11 00:00:00', 'sv-SE', '2025-03-11'],
  ] as const)('reads %s in %s as %s', (text, locale, date) => {
    expect(readExportDate(text, locale)).toEqual({ date });
  });

  it.each([
    ['1900-01-01T12:00:00Z', 'en-US'], ['1900-01-01T00:00:00Z', 'en-US'], ['1900-01-01', 'sv-SE'], ['1/1/1900 12:00:00 AM', 'en-US'],
    ['01/01/1900 00:00:00', 'en-GB'], ['01.01.1900', 'nb-NO'], ['1.1.1900 13:00:00', 'de-DE'],
  ] as const)('reads HQ’s empty date %s (%s) as empty', (text, locale) => {
    expect(readExportDate(text, locale)).toEqual({ empty: true });
  });

  it.each([
    ['31/03/2026', 'en-US'], // no 31st month: never silently read as 31 March
    ['13/01/2026', 'en-US'],
    ['3/11/2025 12:00:00 AM', 'en-GB'], // AM/PM is no British time
    ['11.03.2025', 'en-US'],
    ['2026-31-02', 'en-US'],
    ['2026-02-30T12:00:00Z', 'en-US'],
    ['3/11/25', 'en-US'], // a two-digit year could be any century
    ['someday', 'sv-SE'],
  ] as const)('reads no date from %s in %s', (text, locale) => {
    expect(readExportDate(text, locale)).toBeNull();
  });

  it('refuses such a value quoting it exactly as the file wrote it, and never a reformatted one', () => {
    const spec = fieldsOf('RetailTransactionTable').transDate!;
    expect(readFieldValue('transDate', spec, 'DateTimeOffset', '2026-31-02', 'en-US')).toEqual({ problem: "is not a date in the en-US format or ISO 8601 ('2026-31-02')" });
    expect(readFieldValue('transDate', spec, 'DateTimeOffset', ' 31/03/2026 ', 'en-US')).toEqual({ problem: "is not a date in the en-US format or ISO 8601 (' 31/03/2026 ')" });
    const amount = fieldsOf('RetailTransactionTable').grossAmount!;
    expect(readFieldValue('grossAmount', amount, 'Decimal', '1,234.50', 'en-US')).toEqual({ problem: "is not a number ('1,234.50')" });
    expect(readFieldValue('grossAmount', amount, 'Decimal', '49,50', 'nb-NO')).toEqual({ value: 49.5 });
    const lineNum = fieldsOf('RetailTransactionSalesTrans').lineNum!;
    expect(readFieldValue('lineNum', lineNum, 'Decimal', '1.000000', 'en-US')).toEqual({ value: 1 });
    expect(readFieldValue('lineNum', lineNum, 'Decimal', '1.500000', 'en-US')).toEqual({ problem: "is not a whole number ('1.500000')" });
  });

  it('offers at least the five locales, and starts from the app’s language', () => {
    expect(DATE_LOCALES).toEqual(expect.arrayContaining(['en-US', 'en-GB', 'nb-NO', 'sv-SE', 'de-DE']));
    expect([dateLocaleOfLanguage('nb-NO'), dateLocaleOfLanguage('sv-SE'), dateLocaleOfLanguage('en')]).toEqual(['nb-NO', 'sv-SE', 'en-US']);
  });
});
