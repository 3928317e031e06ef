import type { Settings } from '../../shared/contracts/host-api';

/** The languages the UI speaks, by BCP 47 tag; each is also the locale dates, numbers and money are formatted in. */
export const LANGUAGES = ['en', 'nb-NO', 'sv-SE'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's own name, as a speaker of it looks for it in a list. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', 'nb-NO': 'Norsk bokmål', 'sv-SE': 'Svenska' };

/** The Intl locale of each language: English formats as in the US, the others as in their country. */
export const INTL_LOCALES: Record<Language, string> = { en: 'en-US', 'nb-NO': 'nb-NO', 'sv-SE': 'sv-SE' };

// Norwegian speakers' systems say nb, no or nn (Nynorsk readers read Bokmål far better than English).
const BY_PRIMARY_SUBTAG: Record<string, Language> = { en: 'en', nb: 'nb-NO', no: 'nb-NO', nn: 'nb-NO', sv: 'sv-SE' };

/** The first of the OS's or browser's preferred languages the UI speaks; English when it speaks none of them. */
export function guessLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const match = BY_PRIMARY_SUBTAG[tag.toLowerCase().split(/[-_]/)[0] ?? ''];
    if (match) return match;
  }
  return 'en';
}

/** The language to show: the one chosen in settings, or the first guess from the preferred languages. */
export const resolveLanguage = (setting: Settings['language'], preferred: readonly string[]): Language =>
  setting === 'system' ? guessLanguage(preferred) : setting;
