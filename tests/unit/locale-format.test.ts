import { describe, expect, it } from 'vitest';
import { formatCount, formatDateTimeSeconds, formatDayOrHour, formatDuration, formatMoney, formatTransDateTime } from '../../renderer/components/format';

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
