import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';

export async function initI18n(language: string): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
}
