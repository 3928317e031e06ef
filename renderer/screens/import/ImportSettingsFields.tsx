import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DATE_LOCALES, type DateLocale } from '../../../shared/import/export-dates';
import { companyProblem } from './import-settings';
import { useImportSession } from './import-session';

/**
 * What the import cannot read from the files, asked once for all of them: the company of rows that
 * carry none (a package of a company's entities has no DATAAREAID column), and the regional format
 * the exporting user's dates were written in.
 */
export function ImportSettingsFields() {
  const { t } = useTranslation();
  const { settings, setSettings, files, phase } = useImportSession();
  const importing = phase.kind === 'reading' || phase.kind === 'importing';
  const problem = companyProblem(settings.company, files);
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1.5 }}>
      <TextField label={t('imports.company')} value={settings.company} disabled={importing} sx={{ width: 340 }}
        error={problem !== null} helperText={problem ? t(`imports.companyProblems.${problem}`) : t('imports.companyHelp')}
        slotProps={{ htmlInput: { maxLength: 4, style: { textTransform: 'uppercase' } } }}
        onChange={(e) => setSettings({ company: e.target.value.trim().toUpperCase(), companyTyped: true })} />
      <TextField select label={t('imports.dateFormat')} value={settings.dateLocale} disabled={importing} sx={{ width: 340 }}
        helperText={t('imports.dateFormatHelp')} onChange={(e) => setSettings({ dateLocale: e.target.value as DateLocale })}>
        {DATE_LOCALES.map((locale) => <MenuItem key={locale} value={locale}>{t(`imports.dateLocales.${locale}`)}</MenuItem>)}
      </TextField>
    </Stack>
  );
}
