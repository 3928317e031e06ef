import { useEffect, useState } from 'react';
import { Alert, Snackbar } from '@mui/material';
import { useTranslation } from 'react-i18next';

const ASKED = 'sync-console:work-asked-for';

/** Another window asked for the work while this one holds unsaved values: it stays here, and this says so. */
export const tellAskedWhileUnsaved = (): void => void window.dispatchEvent(new Event(ASKED));

export function HandoverNotice() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const show = () => setOpen(true);
    window.addEventListener(ASKED, show);
    return () => window.removeEventListener(ASKED, show);
  }, []);
  return (
    <Snackbar open={open} onClose={(_, reason) => reason !== 'clickaway' && setOpen(false)} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert severity="info" onClose={() => setOpen(false)}>{t('handover.askedWhileUnsaved')}</Alert>
    </Snackbar>
  );
}
