import { useEffect, useState } from 'react';
import {
  Button, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormLabel, MenuItem, Radio, RadioGroup, Stack, TextField,
  useColorScheme,
} from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../shared/contracts/host-api';
import { useServices } from '../hq/hq-context';
import { LANGUAGE_NAMES, LANGUAGES, guessLanguage, resolveLanguage } from '../i18n/languages';

const SCHEMES: Settings['colorScheme'][] = ['system', 'light', 'dark'];

/**
 * The app bar's Settings: the language (or the OS's) and light, dark or the OS's scheme. Each
 * choice takes effect at once and is remembered by the host (electron-store, or localStorage).
 */
export function SettingsButton() {
  const { t, i18n } = useTranslation();
  const { host } = useServices();
  const { mode, setMode } = useColorScheme();
  const [open, setOpen] = useState(false);
  const [language, setLanguage] = useState<Settings['language'] | null>(null);
  useEffect(() => {
    if (open) void host.getSettings().then((settings) => setLanguage(settings.language));
  }, [host, open]);

  const chooseLanguage = (choice: Settings['language']) => {
    setLanguage(choice);
    void host.updateSettings({ language: choice });
    void i18n.changeLanguage(resolveLanguage(choice, navigator.languages));
  };
  const chooseScheme = (choice: Settings['colorScheme']) => {
    setMode(choice);
    void host.updateSettings({ colorScheme: choice });
  };

  return (
    <>
      <Button color="inherit" onClick={() => setOpen(true)} aria-haspopup="dialog">{t('settings.open')}</Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="settings-title">
        <DialogTitle id="settings-title">{t('settings.title')}</DialogTitle>
        <DialogContent>
          <Stack spacing={3} sx={{ pt: 1, minWidth: 320 }}>
            <TextField select label={t('settings.language')} value={language ?? ''} disabled={language === null}
              onChange={(e) => chooseLanguage(e.target.value as Settings['language'])}>
              <MenuItem value="system">{t('settings.systemLanguage', { name: LANGUAGE_NAMES[guessLanguage(navigator.languages)] })}</MenuItem>
              {LANGUAGES.map((l) => <MenuItem key={l} value={l} lang={l}>{LANGUAGE_NAMES[l]}</MenuItem>)}
            </TextField>
            <FormControl>
              <FormLabel id="color-scheme-label">{t('settings.colorScheme')}</FormLabel>
              <RadioGroup aria-labelledby="color-scheme-label" value={mode ?? 'system'} onChange={(e) => chooseScheme(e.target.value as Settings['colorScheme'])}>
                {SCHEMES.map((s) => <FormControlLabel key={s} value={s} control={<Radio />} label={t(`settings.schemes.${s}`)} />)}
              </RadioGroup>
            </FormControl>
          </Stack>
        </DialogContent>
        <DialogActions><Button onClick={() => setOpen(false)}>{t('settings.close')}</Button></DialogActions>
      </Dialog>
    </>
  );
}
