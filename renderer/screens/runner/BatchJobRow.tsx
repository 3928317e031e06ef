import { useState } from 'react';
import { Button, Chip, Stack, TableCell, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { BatchJob } from '../../../shared/runner/runner-schemas';
import { useServices } from '../../hq/hq-context';
import { formatDateTimeSeconds } from '../../components/format';
import { runStatusColors } from './RunStatusChip';
import { OffHereReason, useJobOffHere } from '../../components/OffInImportedWorkspace';

type BatchJobState = 'Active' | 'Paused' | 'Ended';

const stateOf = (job: BatchJob): BatchJobState => (job.nextRunAt === null ? 'Ended' : job.enabled ? 'Active' : 'Paused');
const stateColors = { Active: 'success', Paused: 'warning', Ended: 'default' } as const;

export function BatchJobRow({ job, parameters, executing, onDelete }: { job: BatchJob; parameters: string; executing: boolean; onDelete: () => void }) {
  const { t } = useTranslation();
  const { host } = useServices();
  const [running, setRunning] = useState(false);
  const state = stateOf(job);
  const name = t(`jobNames.${job.request.jobId}`);
  const recurrence = job.recurrence.end.kind === 'never'
    ? t('batchJobs.everyNoEnd', { minutes: job.recurrence.intervalMinutes })
    : t('batchJobs.everyEndAfter', { minutes: job.recurrence.intervalMinutes, runs: job.recurrence.end.runs, done: job.runsStarted });
  const off = useJobOffHere(job.request.jobId);
  const runNow = async () => {
    setRunning(true);
    await host.runner.runBatchJobNow(job.id).catch(() => undefined); // the outcome lands in Last run
    setRunning(false);
  };
  return (
    <TableRow aria-label={`${name} ${parameters}`}>
      <TableCell>
        <Typography sx={{ fontWeight: 500 }}>{name}</Typography>
        <Typography variant="body2" color="text.secondary">{parameters}</Typography>
      </TableCell>
      <TableCell>{recurrence}</TableCell>
      <TableCell>
        <Chip size="small" color={stateColors[state]} variant="outlined" label={t(`batchJobs.states.${state}`)} />
        {executing && <Chip size="small" color="info" sx={{ ml: 1 }} label={t('runStatus.Executing')} />}
      </TableCell>
      <TableCell>
        {job.lastRun ? (
          <Tooltip title={job.lastRun.error ?? ''}>
            <Stack spacing={0.5} sx={{ alignItems: 'flex-start' }}>
              <Chip size="small" variant="outlined" color={runStatusColors[job.lastRun.status]} label={t(`runStatus.${job.lastRun.status}`)} />
              <Typography variant="caption">{formatDateTimeSeconds(job.lastRun.endedAt)}</Typography>
            </Stack>
          </Tooltip>
        ) : '—'}
      </TableCell>
      <TableCell aria-label={t('batchJobs.nextRun')}>{job.nextRunAt && state !== 'Paused' ? formatDateTimeSeconds(job.nextRunAt) : '—'}</TableCell>
      <TableCell>
        <Stack direction="row" spacing={1}>
          <OffHereReason off={off}>
            <Button size="small" disabled={off || running} onClick={() => void runNow()}>{t('jobs.runNow')}</Button>
          </OffHereReason>
          {state !== 'Ended' && (
            <Button size="small" onClick={() => void host.runner.setEnabled(job.id, !job.enabled)}>
              {t(job.enabled ? 'batchJobs.pause' : 'batchJobs.resume')}
            </Button>
          )}
          <Button size="small" color="error" onClick={onDelete}>{t('batchJobs.delete')}</Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
}
