import { createTheme, type Theme } from '@mui/material';
import { enUS as materialEnUS, nbNO as materialNbNO, svSE as materialSvSE } from '@mui/material/locale';
import { enUS as gridEnUS, nbNO as gridNbNO, svSE as gridSvSE } from '@mui/x-data-grid/locales';
import type {} from '@mui/x-data-grid/themeAugmentation';
import type { Language } from '../i18n/languages';
import { focusRingComponents } from './focus-ring';

// MUI's own texts (pagination, close buttons) and the Data Grid's (column menu, filters, footer) in each language.
const LOCALE_TEXTS: Record<Language, [object, object]> = {
  en: [materialEnUS, gridEnUS],
  'nb-NO': [materialNbNO, gridNbNO],
  'sv-SE': [materialSvSE, gridSvSE],
};

/**
 * The app's theme in one language, with a light and a dark scheme: ThemeProvider shows the one
 * the setting names, or the OS's prefers-color-scheme when the setting is "system". The dark
 * primary is lighter so that links and outlined buttons keep a 4.5:1 contrast on the dark paper.
 */
export function makeTheme(language: Language, styleNonce?: string): Theme {
  return createTheme(
    {
      colorSchemes: {
        // MUI's default warning orange carries white text at 3:1 only; this one at 4.5:1 and more.
        // The status colours (the chips of a list's status column, outlined: coloured text) keep
        // 4.5:1 on a selected row under the mouse too, in both schemes; MUI's dark defaults
        // (#f44336 and the like) fall to 2.8:1 there.
        light: {
          palette: {
            primary: { main: '#0f5c8c' }, warning: { main: '#964a00' }, error: { main: '#b3261e' }, success: { main: '#236b28' }, info: { main: '#0d5c94' },
            background: { default: '#f5f7fa' },
          },
        },
        dark: {
          palette: {
            primary: { main: '#7cc4f2' }, error: { main: '#ffb4ab' }, success: { main: '#a5d6a7' }, warning: { main: '#ffb74d' }, info: { main: '#81d4fa' },
            background: { default: '#121417', paper: '#1b1e22' },
          },
        },
      },
      components: {
        ...focusRingComponents,
        // Each screen has one h1 (its name): the section titles below it are h2, not MUI's h6.
        MuiTypography: { defaultProps: { variantMapping: { h6: 'h2', subtitle1: 'h2', subtitle2: 'h3' } } },
        MuiTextField: { defaultProps: { size: 'small' } },
        // The page's style nonce on the one component that renders <style> elements itself (the Data Grid's CSS variables).
        MuiDataGrid: { ...focusRingComponents.MuiDataGrid, defaultProps: { nonce: styleNonce } },
      },
    },
    ...LOCALE_TEXTS[language],
  );
}
