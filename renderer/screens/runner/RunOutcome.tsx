import { Alert } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { JobId } from '../../../shared/runner/jobs';
import { useServices } from '../../hq/hq-context';
import { RunProgress } from '../../components/RunProgress';
import type { RunNowState } from './use-run-now';

/** While a job runs: its live progress from the run history. After: what it did, or why it failed. */
export function RunOutcome({ jobId, state, onClose }: { jobId: JobId; state: RunNowState; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const running = useLiveQuery(
    // Only the runs under way: a handful, whatever the size of the history.
    () => (state.busy ? db.jobRuns.where('status').anyOf('Executing', 'Waiting').filter((r) => r.jobId === jobId).first() : undefined),
    [db, jobId, state.busy],
  );
  if (state.busy) {
    const label = running?.status === 'Waiting'
      ? t('runs.waitingFor', { job: t(`jobNames.${jobId}`) })
      : t('jobs.running', { done: running?.processed ?? 0, total: running?.total ?? '…' });
    return <RunProgress done={running?.processed ?? 0} total={running?.total ?? null} label={label} />;
  }
  const { outcome, error } = state;
  if (error) return <Alert sx={{ mt: 1 }} severity="error" onClose={onClose}>{error}</Alert>;
  if (!outcome?.status) return null;
  const severity = outcome.status === 'Ended' ? ((outcome.counts?.failed ?? 0) > 0 ? 'warning' : 'success') : outcome.status === 'Canceled' ? 'info' : 'error';
  const counts = outcome.counts ?? { processed: 0, succeeded: 0, failed: 0, skipped: 0 };
  return (
    <Alert sx={{ mt: 1, whiteSpace: 'pre-line' }} severity={severity} onClose={onClose}>
      {t('jobs.outcome', { status: t(`runStatus.${outcome.status}`), ...counts })}
      {outcome.error ? `\n${outcome.error}` : ''}
    </Alert>
  );
}
