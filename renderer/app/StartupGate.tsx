import { useEffect, useState, type ReactNode } from 'react';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useServices } from '../hq/hq-context';

/** Holds the UI until the HQ worker has opened (and on first start seeded) the database. */
export function StartupGate({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { hq } = useServices();
  const [state, setState] = useState<{ ready: boolean; error: string | null }>({ ready: false, error: null });
  useEffect(() => {
    hq.ready.then(() => setState({ ready: true, error: null }), (e: Error) => setState({ ready: false, error: e.message }));
  }, [hq]);
  if (state.ready) return children;
  return (
    <Box sx={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
      {state.error ? <Alert severity="error">{t('app.startFailed', { message: state.error })}</Alert> : (
        <Box sx={{ display: 'flex', gap: 2, alignItems: 'center' }}>
          <CircularProgress size={24} />
          <Typography>{t('app.preparing')}</Typography>
        </Box>
      )}
    </Box>
  );
}
