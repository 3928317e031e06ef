import { Alert, Button, Stack } from '@mui/material';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RunProgress } from '../../components/RunProgress';
import { formatCount } from '../../components/format';
import { rowsPerSecond } from '../import/import-rate';
import type { ReadingPhase } from './use-hq-read';

const TICK_MS = 1000;

/** What a pull's progress and its pauses are called, and a refresh's (the rest is said alike). */
const WORDS = {
  pull: { label: 'pull.progressLabel', signIn: 'pull.pausedSignIn', network: 'pull.pausedNetwork' },
  refresh: { label: 'refresh.progressLabel', signIn: 'refresh.pausedSignIn', network: 'refresh.pausedNetwork' },
} as const;

/** While a pull or a refresh reads HQ: pages, rows and rows per second; a wait HQ asked for, in its words; a pause with what to do; Cancel. */
export function PullProgress({ phase, onCancel, onResume, of = 'pull' }: {
  phase: ReadingPhase;
  onCancel: () => void;
  onResume: (signInTo: string | null) => void;
  of?: keyof typeof WORDS;
}) {
  const { t } = useTranslation();
  const words = WORDS[of];
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
    <Stack spacing={1.5} component="section" aria-label={t(words.label)}>
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
          {status.paused.reason === 'signIn' ? t(words.signIn) : t(words.network, { message: status.paused.message })}
        </Alert>
      )}
    </Stack>
  );
}
