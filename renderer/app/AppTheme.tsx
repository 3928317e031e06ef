import { useEffect, useMemo, type ReactNode } from 'react';
import { CssBaseline, ThemeProvider } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/contracts/host-api';
import { LANGUAGES, type Language } from '../i18n/languages';
import { makeTheme } from './theme';

const asLanguage = (value: string | undefined): Language => (LANGUAGES as readonly string[]).includes(value ?? '') ? value as Language : 'en';

/**
 * The theme in the language the UI speaks now, light or dark as the setting says. The setting
 * lives in the host's settings, not in MUI's own localStorage key: storageManager is off, and
 * the settings dialog sets the mode through useColorScheme.
 */
export function AppTheme({ colorScheme, children }: { colorScheme: Settings['colorScheme']; children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = asLanguage(i18n.resolvedLanguage);
  const theme = useMemo(() => makeTheme(language), [language]);
  // Screen readers pick their voice, and axe checks the page, by the document's language.
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ThemeProvider theme={theme} defaultMode={colorScheme} storageManager={null} noSsr>
      <CssBaseline />
      {children}
    </ThemeProvider>
  );
}
