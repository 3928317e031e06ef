import i18next from 'i18next';
import { INTL_LOCALES, LANGUAGES, type Language } from '../i18n/languages';

/** The Intl locale of the language the UI speaks now: dates, numbers and money read as its speakers write them. */
export function currentLocale(): string {
  const language = i18next.resolvedLanguage;
  return (LANGUAGES as readonly string[]).includes(language ?? '') ? INTL_LOCALES[language as Language] : INTL_LOCALES.en;
}

// Intl formatters are costly to make and a grid formats thousands of cells: one per locale and kind.
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * An amount in its currency's units, as the locale writes it (49.5 USD reads "$49.50" in English,
 * "USD 49,50" in Norwegian). Bad channel data can carry an empty amount or a currency code Intl
 * does not know: those read as blank or as the bare number with the code, instead of breaking the list.
 */
export function formatMoney(amount: number | null, currency: string | null, locale = currentLocale()): string {
  if (amount === null || !Number.isFinite(amount)) return '';
  const plain = cached(`${locale} amount`, () => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));
  if (!currency) return plain.format(amount);
  try {
    return cached(`${locale} ${currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency })).format(amount);
  } catch {
    return `${plain.format(amount)} ${currency}`;
  }
}

/** A count, with the locale's grouping (12,345 in English, 12 345 in Norwegian and Swedish). */
export const formatCount = (value: number, locale = currentLocale()): string =>
  cached(`${locale} count`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 })).format(value);

const dateOnly = { year: 'numeric', month: '2-digit', day: '2-digit' } as const;
const toMinute = { ...dateOnly, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const;
const toSecond = { ...toMinute, second: '2-digit' } as const;
const dateTime = (locale: string, options: Intl.DateTimeFormatOptions, name: string) =>
  cached(`${locale} ${name}`, () => new Intl.DateTimeFormat(locale, options));

/** A transaction's transDate (YYYY-MM-DD) and transTime (seconds since midnight) as one text, to the minute. */
export function formatTransDateTime(transDate: string | null, transTime: number | null, locale = currentLocale()): string {
  const match = transDate ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(transDate) : null;
  // A date the channel sent malformed is shown as sent: the auditor must see what is wrong.
  if (!match) return transDate ?? '';
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  if (transTime === null || !Number.isFinite(transTime)) return dateTime(locale, dateOnly, 'date').format(new Date(year, month - 1, day));
  const at = new Date(year, month - 1, day, Math.floor(transTime / 3600), Math.floor(transTime / 60) % 60);
  return dateTime(locale, toMinute, 'minute').format(at);
}

/** A day ("2026-11-03") or an hour of it ("2026-11-03T14"), as the chart's bars and the date filter name them, in the locale's words. */
export function formatDayOrHour(prefix: string, locale = currentLocale()): string {
  const [day = '', hour] = prefix.split('T');
  return formatTransDateTime(day, hour === undefined ? null : Number(hour) * 3600, locale);
}

export const formatDate = (iso: string, locale = currentLocale()): string => dateTime(locale, dateOnly, 'date').format(new Date(iso));
export const formatDateTime = (iso: string, locale = currentLocale()): string => dateTime(locale, toMinute, 'minute').format(new Date(iso));
export const formatDateTimeSeconds = (iso: string, locale = currentLocale()): string => dateTime(locale, toSecond, 'second').format(new Date(iso));

const unit = (locale: string, name: 'second' | 'minute', fractionDigits: number) =>
  cached(`${locale} ${name} ${fractionDigits}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: fractionDigits }));

/** How long something took: "1.5 sec" under a minute, "2 min 5 sec" from there, in the locale's words. */
export function formatDuration(seconds: number, locale = currentLocale()): string {
  if (seconds < 60) return unit(locale, 'second', 1).format(seconds);
  return `${unit(locale, 'minute', 0).format(Math.floor(seconds / 60))} ${unit(locale, 'second', 0).format(Math.round(seconds % 60))}`;
}

const BYTE_UNITS = [['gigabyte', 1e9], ['megabyte', 1e6], ['kilobyte', 1e3], ['byte', 1]] as const;

/** A size in bytes in the largest unit it fills, as the locale writes it (25.1 MB, 25,1 MB). */
export function formatBytes(bytes: number, locale = currentLocale()): string {
  const [unit, size] = BYTE_UNITS.find(([, size]) => Math.abs(bytes) >= size) ?? BYTE_UNITS[3];
  return cached(`${locale} ${unit}`, () => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 })).format(bytes / size);
}
