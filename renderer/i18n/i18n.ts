import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en, type Translation } from './en';
import type { Language } from './languages';
import { nb } from './nb';
import { sv } from './sv';
import { localeNumbersFormatter } from '../components/locale-format';

/** Every language's resource; a language added to LANGUAGES must be added here, or this does not typecheck. */
export const TRANSLATIONS: Record<Language, Translation> = { en, 'nb-NO': nb, 'sv-SE': sv };

export async function initI18n(language: Language): Promise<void> {
  await i18next.use(initReactI18next).use(localeNumbersFormatter).init({
    resources: Object.fromEntries(Object.entries(TRANSLATIONS).map(([lng, translation]) => [lng, { translation }])),
    lng: language,
    supportedLngs: Object.keys(TRANSLATIONS),
    fallbackLng: 'en',
    // Every number a message names is formatted in the message's language (alwaysFormat hands each value to the formatter).
    interpolation: { escapeValue: false, alwaysFormat: true },
  });
}
