import { useEffect, useMemo, type ReactNode } from 'react';
import { CacheProvider } from '@emotion/react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/contracts/host-api';
import { LANGUAGES, type Language } from '../i18n/languages';
import { nonceStyleCache } from './style-cache';
import { makeTheme } from './theme';

const asLanguage = (value: string | undefined): Language => (LANGUAGES as readonly string[]).includes(value ?? '') ? value as Language : 'en';

/**
 * The theme in the language the UI speaks now, light or dark as the setting says. The setting
 * lives in the host's settings, not in MUI's own localStorage key: storageManager is off, and
 * the settings dialog sets the mode through useColorScheme.
 */
export function AppTheme({ colorScheme, styleNonce, children }: { colorScheme: Settings['colorScheme']; styleNonce: string | undefined; children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  const theme = useMemo(() => makeTheme(language, styleNonce), [language, styleNonce]);
  // Emotion's <style> elements carry the page's nonce: the only inline styles the CSP lets through.
  const styleCache = useMemo(() => nonceStyleCache(styleNonce), [styleNonce]);
  // Screen readers pick their voice, and axe checks the page, by the document's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <CacheProvider value={styleCache}>
      <ThemeProvider theme={theme} defaultMode={colorScheme} storageManager={null} noSsr>
        <CssBaseline />
        {children}
      </ThemeProvider>
    </CacheProvider>
  );
}
