import type { FormatterModule } from 'i18next';
import { INTL_LOCALES, LANGUAGES, type Language } from '../i18n/languages';
import { currentLocale } from './format';

const decimals = new Map<string, Intl.NumberFormat>();

/** A number as the locale writes it, with the decimals it has: 366.35 reads "366,35" in Norwegian, 1234.5 "1 234,5". */
export function formatDecimal(value: number, locale = currentLocale()): string {
  let format = decimals.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 20 });
    decimals.set(locale, format);
  }
  return format.format(value);
}

/** Numbers a message names that are identifiers, not quantities: run 1234 is not "run 1 234". */
const IDENTIFIERS = new Set(['id', 'line']);

/**
 * i18next's formatter (a module in place of its own, which formats only the values a catalog marks):
 * with alwaysFormat it sees every value a message interpolates, and writes a number as the message's
 * language writes it ("1 234 synkronisert"); anything else is left as given.
 */
export const localeNumbersFormatter: FormatterModule = {
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  format: (value: unknown, _format, language, options) => {
    if (typeof value !== 'number' || IDENTIFIERS.has(String(options?.interpolationkey ?? ''))) return value as string;
    const locale = (LANGUAGES as readonly string[]).includes(language ?? '') ? INTL_LOCALES[language as Language] : INTL_LOCALES.en;
    return formatDecimal(value, locale);
  },
};
