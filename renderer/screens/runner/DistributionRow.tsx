import { Box, Button, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { DistributionEntry } from '../../../shared/runner/runner-schemas';
import { useServices } from '../../hq/hq-context';
import { formatDateTimeSeconds } from '../../components/format';
import { ChannelDatabaseGroupsField } from './ChannelDatabaseGroupsField';
import { RunOutcome } from './RunOutcome';
import { useRunNow } from './use-run-now';
import { RunStatusChip } from './RunStatusChip';
import { OffHereReason, useOffHere } from '../../components/OffInImportedWorkspace';

export function DistributionRow({ entry, onCreateBatchJob }: { entry: DistributionEntry; onCreateBatchJob: () => void }) {
  const { t } = useTranslation();
  const { db, host } = useServices();
  const run = useRunNow();
  const off = useOffHere('runJob');
  const lastRun = useLiveQuery(() => db.jobRuns.where('jobId').equals(entry.jobId).last(), [db, entry.jobId]);
  const name = t(`jobNames.${entry.jobId}`);
  return (
    <TableRow aria-label={name}>
      <TableCell sx={{ verticalAlign: 'top' }}>
        <Typography sx={{ fontWeight: 500 }}>{name}</Typography>
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top' }}>
        <ChannelDatabaseGroupsField value={entry.channelDatabaseGroupIds}
          onChange={(groups) => void host.runner.setDistributionGroups(entry.jobId, groups)} />
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top' }}>
        {lastRun ? (
          <Stack spacing={0.5}>
            <RunStatusChip run={lastRun} />
            <Typography variant="caption">{formatDateTimeSeconds(lastRun.startedAt)}</Typography>
          </Stack>
        ) : <Typography variant="body2" color="text.secondary">{t('distribution.neverRun')}</Typography>}
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top', minWidth: 320 }}>
        <Stack direction="row" spacing={1}>
          <OffHereReason off={off}>
            <Button variant="contained" size="small" disabled={off || run.busy}
              onClick={() => void run.start(() => host.runner.runNow({ jobId: entry.jobId, channelDatabaseGroupIds: entry.channelDatabaseGroupIds }))}>
              {t('jobs.runNow')}
            </Button>
          </OffHereReason>
          <Button size="small" onClick={onCreateBatchJob}>{t('distribution.createBatchJob')}</Button>
        </Stack>
        <Box sx={{ maxWidth: 420 }}><RunOutcome jobId={entry.jobId} state={run} onClose={run.reset} /></Box>
      </TableCell>
    </TableRow>
  );
}
