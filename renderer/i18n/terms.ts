import type { TFunction } from 'i18next';

/**
 * The key of a name shared/ gives in English (a table's or field's label, a feature, a kind of
 * bad data) under `terms`: its words in camel case, "Net amount incl. tax" → netAmountInclTax.
 * shared/ stays free of i18n (its names are also the English UI's, and the exports' headers);
 * the UI reads them through here, and tests/unit/translations.test.ts checks that every one has its key.
 */
export const termKey = (english: string): string =>
  english.replace(/[^A-Za-z0-9]+(.)?/g, (_match, next: string | undefined) => (next ? next.toUpperCase() : '')).replace(/^./, (c) => c.toLowerCase());

/** A name from shared/ in the UI's language; the English name itself where there is no key (an imported attribute's own name). */
export const term = (t: TFunction, english: string): string => t(`terms.${termKey(english)}`, { defaultValue: english });
