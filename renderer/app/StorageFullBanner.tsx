import { useEffect, useState } from 'react';
import { Alert, AlertTitle, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useStorageState } from '../hq/use-storage-state';
import { formatBytes } from '../components/format';
import { screenHref } from './screens';

/** How often the storage's use is read again while the disk is full: freeing space shows within seconds. */
const ESTIMATE_INTERVAL_MS = 5_000;

/** What the browser reports of the app's storage (StorageManager.estimate()), read again while `watching`; null where it reports nothing. */
function useStorageEstimate(watching: boolean): { usage: number; free: number } | null {
  const [estimate, setEstimate] = useState<{ usage: number; free: number } | null>(null);
  useEffect(() => {
    if (!watching || !navigator.storage?.estimate) return undefined;
    let live = true;
    const read = () => void navigator.storage.estimate().then(
      ({ usage = 0, quota = 0 }) => live && setEstimate({ usage, free: Math.max(0, quota - usage) }),
      () => live && setEstimate(null),
    );
    read();
    const timer = setInterval(read, ESTIMATE_INTERVAL_MS);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, [watching]);
  return watching ? estimate : null;
}

/**
 * Says, on every screen, while the disk is full: how much Sync Console's data takes and how much
 * the browser says is free, how to make room (free disk space, delete an imported workspace), and
 * how many runs' ends wait for room to be recorded.
 */
export function StorageFullBanner() {
  const { t } = useTranslation();
  const storage = useStorageState();
  const shown = storage.full || storage.waitingWrites > 0;
  const estimate = useStorageEstimate(shown);
  if (!shown) return null;
  return (
    <Alert severity="error" role="region" aria-label={t('storage.fullLabel')} sx={{ mb: 1.5 }}
      action={<Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} href={screenHref('import')}>{t('storage.openImport')}</Button>}>
      <AlertTitle>{t('storage.fullTitle')}</AlertTitle>
      {estimate && <>{t('storage.holds', { usage: formatBytes(estimate.usage), free: formatBytes(estimate.free) })} </>}
      {t('storage.wayOut')}
      {storage.waitingWrites > 0 && <> {t('storage.waiting', { count: storage.waitingWrites })}</>}
    </Alert>
  );
}
