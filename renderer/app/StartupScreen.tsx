import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** What shows while the HQ worker opens (and on first start seeds) the database, or why it could not. */
export function StartupScreen({ error }: { error: string | null }) {
  const { t } = useTranslation();
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', height: '100vh', p: 4 }}>
      {error ? <Alert severity="error">{t('app.startFailed', { message: error })}</Alert> : (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
          <CircularProgress size={24} />
          <Typography>{t('app.preparing')}</Typography>
        </Box>
      )}
    </Box>
  );
}
