import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { BatchJob } from '../../../shared/runner/runner-schemas';
import { useServices } from '../../hq/hq-context';
import { OutlinedTable } from '../../components/OutlinedTable';
import { describeRequest } from './describe-request';
import { useRunnerSnapshot } from './use-runner-snapshot';
import { BatchJobRow } from './BatchJobRow';
import { RunOrScheduleCard } from './RunOrScheduleCard';
import { useWorkspaces } from '../import/use-workspaces';

/** Batch jobs: recurring runs with their interval, end, last run and next run. */
export function BatchJobsScreen() {
  const { t } = useTranslation();
  const { db, host } = useServices();
  const snapshot = useRunnerSnapshot();
  const [deleting, setDeleting] = useState<BatchJob | null>(null);
  const names = useLiveQuery(async () => ({
    groups: await db.channelDatabaseGroups.toArray(), regions: await db.regions.toArray(), stores: await db.stores.toArray(),
  }), [db]) ?? { groups: [], regions: [], stores: [] };
  const workspaces = useWorkspaces();
  const jobs = snapshot?.batchJobs ?? [];
  return (
    <Stack spacing={2}>
      <Typography color="text.secondary">{t('batchJobs.intro')}</Typography>
      <RunOrScheduleCard />
      <OutlinedTable label={t('nav.batchJobs')} columns={[{ label: t('jobs.job') }, { label: t('batchJobs.recurrence') }, { label: t('jobs.statusColumn') }, { label: t('distribution.lastRun') }, { label: t('batchJobs.nextRun') }, { label: t('common.actions') }]}>
        {jobs.map((job) => (
          <BatchJobRow key={job.id} job={job} parameters={describeRequest(t, job.request, { ...names, workspaces })}
            executing={snapshot?.executing.includes(job.request.jobId) ?? false} onDelete={() => setDeleting(job)} />
        ))}
        {snapshot && jobs.length === 0 && (
          <TableRow><TableCell colSpan={6}><Typography color="text.secondary">{t('batchJobs.none')}</Typography></TableCell></TableRow>
        )}
      </OutlinedTable>
      <Dialog open={deleting !== null} onClose={() => setDeleting(null)}>
        <DialogTitle>{t('batchJobs.deleteTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{deleting && t('batchJobs.deleteText', { job: t(`jobNames.${deleting.request.jobId}`) })}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setDeleting(null)}>{t('common.cancel')}</Button>
          <Button color="error" variant="contained" onClick={() => { void host.runner.deleteBatchJob(deleting!.id); setDeleting(null); }}>{t('batchJobs.delete')}</Button>
        </DialogActions>
      </Dialog>
    </Stack>
  );
}
