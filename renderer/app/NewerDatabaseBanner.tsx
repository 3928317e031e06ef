import { Alert } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useServices } from '../hq/hq-context';

/** Says, on every screen, that a newer Sync Console wrote this database, so this one only reads it. */
export function NewerDatabaseBanner() {
  const { t } = useTranslation();
  const { hq } = useServices();
  if (hq.readOnly !== 'newerVersion') return null;
  return <Alert severity="warning" role="region" aria-label={t('app.newerDatabaseLabel')} sx={{ mb: 1.5 }}>{t('app.newerDatabase')}</Alert>;
}
