import { Box, Chip, LinearProgress, Typography } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { JobRun } from '../../../shared/domain/job-runs';
import { useServices } from '../../hq/hq-context';
import { formatDateTimeSeconds } from '../../components/format';

const HISTORY_LIMIT = 500;
const statusColors = { Waiting: 'default', Executing: 'info', Ended: 'success', Error: 'error', Canceled: 'warning' } as const;

export function RunHistoryGrid() {
  const { t } = useTranslation();
  const { db } = useServices();
  const runs = useLiveQuery(() => db.jobRuns.orderBy('id').reverse().limit(HISTORY_LIMIT).toArray(), [db]);
  const count = (field: 'processed' | 'succeeded' | 'failed' | 'skipped'): GridColDef<JobRun> => ({ field, headerName: t(`jobs.${field}`), width: 100, type: 'number' });
  const columns: GridColDef<JobRun>[] = [
    { field: 'jobId', headerName: t('jobs.job'), width: 170, valueGetter: (v: JobRun['jobId']) => t(`jobNames.${v}`) },
    { field: 'scopeLabel', headerName: t('jobs.scopeColumn'), flex: 1, minWidth: 200 },
    { field: 'startedAt', headerName: t('jobs.started'), width: 170, valueFormatter: (v: string) => formatDateTimeSeconds(v) },
    { field: 'endedAt', headerName: t('jobs.ended'), width: 170, valueFormatter: (v: string | null) => (v ? formatDateTimeSeconds(v) : '') },
    {
      field: 'status', headerName: t('jobs.statusColumn'), width: 160,
      renderCell: ({ row }) => row.status === 'Executing' && row.total
        ? <LinearProgress sx={{ width: '100%' }} variant="determinate" value={(row.processed / row.total) * 100} aria-label={row.status} />
        : <Chip size="small" variant="outlined" color={statusColors[row.status]} label={row.status} />,
    },
    count('processed'), count('succeeded'), count('failed'), count('skipped'),
    { field: 'error', headerName: t('jobs.error'), flex: 1, minWidth: 200 },
  ];
  return (
    <Box component="section" aria-label={t('jobs.history')}>
      <Typography variant="h6" sx={{ mb: 1 }}>{t('jobs.history')}</Typography>
      <Box sx={{ height: 420 }}>
        <DataGrid rows={runs ?? []} loading={!runs} columns={columns} density="compact" getRowId={(r) => r.id!}
          initialState={{ pagination: { paginationModel: { pageSize: 25 } } }} pageSizeOptions={[25, 50, 100]} aria-label={t('jobs.history')} />
      </Box>
    </Box>
  );
}
