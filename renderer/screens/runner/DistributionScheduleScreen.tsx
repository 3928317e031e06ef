import { useState } from 'react';
import { Alert, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { JobRequest } from '../../../shared/runner/jobs';
import { useRunnerSnapshot } from './use-runner-snapshot';
import { OutlinedTable } from '../../components/OutlinedTable';
import { CreateBatchJobDialog } from './CreateBatchJobDialog';
import { DistributionRow } from './DistributionRow';

/** Distribution schedule: the jobs that move data between HQ and the channel databases of their groups. */
export function DistributionScheduleScreen() {
  const { t } = useTranslation();
  const snapshot = useRunnerSnapshot();
  const [creating, setCreating] = useState<JobRequest | null>(null);
  const [created, setCreated] = useState(false);
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('distribution.intro')}</Typography>
      {created && <Alert severity="success" onClose={() => setCreated(false)}>{t('distribution.created')}</Alert>}
      <OutlinedTable label={t('nav.distributionSchedule')} columns={[{ label: t('jobs.job') }, { label: t('jobs.groups') }, { label: t('distribution.lastRun') }, { label: t('common.actions') }]}>
        {snapshot?.distribution.map((entry) => (
          <DistributionRow key={entry.jobId} entry={entry} onCreateBatchJob={() => setCreating({ jobId: entry.jobId, channelDatabaseGroupIds: entry.channelDatabaseGroupIds })} />
        ))}
      </OutlinedTable>
      <CreateBatchJobDialog request={creating} title={creating ? t(`jobNames.${creating.jobId}`) : ''}
        onClose={(done) => { setCreating(null); setCreated(done); }} />
    </Stack>
  );
}
