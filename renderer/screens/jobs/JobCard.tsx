import type { ReactNode } from 'react';
import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HqCommand } from '../../../shared/contracts/hq-commands';
import { RunProgress } from '../../components/RunProgress';
import { useCommand } from '../../components/use-command';

/** A job with its options, Run now, a progress bar while it runs and its outcome afterwards. */
export function JobCard({ title, help, command, children }: { title: string; help: string; command: HqCommand; children: ReactNode }) {
  const { t } = useTranslation();
  const run = useCommand();
  const counts = run.result?.counts;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={title}>
      <Typography variant="h6">{title}</Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>{help}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        {children}
        <Button variant="contained" disabled={run.busy} onClick={() => void run.run(command)}>{t('jobs.runNow')}</Button>
      </Stack>
      {run.busy && (
        <RunProgress done={run.progress?.counts.processed ?? 0} total={run.progress?.total ?? null}
          label={t('jobs.running', { done: run.progress?.counts.processed ?? 0, total: run.progress?.total ?? '…' })} />
      )}
      {counts && (
        <Alert sx={{ mt: 1.5 }} severity={run.result?.status === 'Ended' ? (counts.failed > 0 ? 'warning' : 'success') : 'error'} onClose={run.reset}>
          {t('jobs.outcome', { status: run.result?.status ?? '', ...counts })}
        </Alert>
      )}
      {run.error && <Alert sx={{ mt: 1.5 }} severity="error" onClose={run.reset}>{run.error}</Alert>}
    </Paper>
  );
}
