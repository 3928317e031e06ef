import { Box, Chip, LinearProgress, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { JobRun } from '../../../shared/runner/job-runs';
import { formatCount } from '../../components/format';

export const runStatusColors = { Waiting: 'default', Executing: 'info', Ended: 'success', Error: 'error', Canceled: 'warning' } as const;

/** A run's status; while it executes, a live progress bar with its count. */
export function RunStatusChip({ run }: { run: JobRun }) {
  const { t } = useTranslation();
  if (run.status === 'Executing' && run.total) {
    return (
      <Box sx={{ width: '100%' }} role="status" aria-label={t('runStatus.Executing')}>
        <LinearProgress variant="determinate" value={(run.processed / run.total) * 100} />
        <Typography variant="caption">{formatCount(run.processed)} / {formatCount(run.total)}</Typography>
      </Box>
    );
  }
  return <Chip size="small" variant="outlined" color={runStatusColors[run.status]} label={t(`runStatus.${run.status}`)} />;
}
