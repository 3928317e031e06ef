import { Alert, Button, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RunProgress } from '../../components/RunProgress';
import { formatCount } from '../../components/format';
import { rowsPerSecond } from '../import/import-rate';
import type { PullPhase } from './use-pull';

const TICK_MS = 1000;

/** While a pull runs: pages, rows and rows per second; a wait HQ asked for, in its words; a pause with what to do; Cancel. */
export function PullProgress({ phase, onCancel, onResume }: {
  phase: Extract<PullPhase, { kind: 'pulling' }>;
  onCancel: () => void;
  onResume: (signInTo: string | null) => void;
}) {
  const { t } = useTranslation();
  // Rows per second over the screen's own clock, ticking while HQ makes it wait.
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const { status } = phase;
  const rows = status?.rows ?? 0;
  const label = t('pull.progress', { pages: formatCount(status?.pages ?? 0), rows: formatCount(rows), rate: formatCount(rowsPerSecond(rows, now - phase.startedAt)) });
  return (
    <Stack spacing={1.5} component="section" aria-label={t('pull.progressLabel')}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Stack sx={{ flex: 1 }}><RunProgress done={0} total={null} label={status?.set ? `${t('pull.reading', { set: status.set })} · ${label}` : label} /></Stack>
        <Button color="warning" variant="outlined" disabled={phase.canceling} onClick={onCancel}>{phase.canceling ? t('pull.canceling') : t('pull.cancel')}</Button>
      </Stack>
      {status?.wait && <Alert severity="info" role="status">{t('pull.slowDown', { status: status.wait.status, seconds: status.wait.seconds })}</Alert>}
      {status?.paused && (
        <Alert severity="warning" role="alert" action={(
          <Button color="inherit" variant="outlined" size="small" onClick={() => onResume(status.paused!.reason === 'signIn' ? phase.connectionId : null)}>
            {status.paused.reason === 'signIn' ? t('pull.signInAgain') : t('pull.resume')}
          </Button>
        )}>
          {status.paused.reason === 'signIn' ? t('pull.pausedSignIn') : t('pull.pausedNetwork', { message: status.paused.message })}
        </Alert>
      )}
    </Stack>
  );
}
