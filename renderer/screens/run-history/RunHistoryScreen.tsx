import { useState } from 'react';
import { Alert, Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { DataGrid, type GridColDef, type GridRowSelectionModel } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { JOB_IDS, type JobId } from '../../../shared/domain/jobs';
import type { JobRun, JobRunStatus } from '../../../shared/domain/job-runs';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import { formatDateTimeSeconds } from '../../components/format';
import { UploadSessionsGrid } from '../upload-sessions/UploadSessionsGrid';
import { RunStatusChip } from './RunStatusChip';

const HISTORY_LIMIT = 2000;
const statuses: (JobRunStatus | 'all')[] = ['all', 'Waiting', 'Executing', 'Ended', 'Error', 'Canceled'];
const none: GridRowSelectionModel = { type: 'include', ids: new Set() };

function duration(run: JobRun): string {
  if (!run.endedAt) return '';
  const seconds = (Date.parse(run.endedAt) - Date.parse(run.startedAt)) / 1000;
  return seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;
}

/** Run history: every run with its counts, live progress while it executes, cancel, and a P-0001 run's upload sessions. */
export function RunHistoryScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const cancel = useCommand();
  const [job, setJob] = useState<JobId | 'all'>('all');
  const [status, setStatus] = useState<JobRunStatus | 'all'>('all');
  const [search, setSearch] = useState('');
  const [selection, setSelection] = useState<GridRowSelectionModel>(none);
  const needle = search.trim().toLowerCase();
  const runs = useLiveQuery(() => db.jobRuns.orderBy('id').reverse().limit(HISTORY_LIMIT).toArray(), [db])?.filter((r) =>
    (job === 'all' || r.jobId === job) && (status === 'all' || r.status === status) &&
    (!needle || [String(r.id), r.scopeLabel, r.error ?? '', t(`jobNames.${r.jobId}`)].some((text) => text.toLowerCase().includes(needle))));
  const selected = runs?.find((r) => selection.ids.has(r.id!));
  const count = (field: 'processed' | 'succeeded' | 'failed' | 'skipped'): GridColDef<JobRun> => ({ field, headerName: t(`jobs.${field}`), width: 95, type: 'number' });
  const columns: GridColDef<JobRun>[] = [
    { field: 'id', headerName: t('runs.runId'), width: 70 },
    { field: 'jobId', headerName: t('jobs.job'), width: 200, valueGetter: (v: JobId) => t(`jobNames.${v}`) },
    { field: 'scopeLabel', headerName: t('jobs.scopeColumn'), flex: 1, minWidth: 180 },
    { field: 'trigger', headerName: t('runs.trigger'), width: 95, valueGetter: (v: JobRun['trigger']) => t(`runs.triggers.${v}`) },
    { field: 'startedAt', headerName: t('jobs.started'), width: 160, valueFormatter: (v: string) => formatDateTimeSeconds(v) },
    { field: 'endedAt', headerName: t('jobs.ended'), width: 160, valueFormatter: (v: string | null) => (v ? formatDateTimeSeconds(v) : '') },
    { field: 'duration', headerName: t('runs.duration'), width: 95, valueGetter: (_v, row) => duration(row) },
    { field: 'status', headerName: t('jobs.statusColumn'), width: 140, renderCell: ({ row }) => <RunStatusChip run={row} /> },
    count('processed'), count('succeeded'), count('failed'), count('skipped'),
    { field: 'error', headerName: t('jobs.error'), flex: 1, minWidth: 200 },
  ];
  const cancellable = selected && (selected.status === 'Executing' || selected.status === 'Waiting');
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={1.5} component="search" sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <TextField select label={t('jobs.job')} value={job} onChange={(e) => setJob(e.target.value as typeof job)} sx={{ minWidth: 280 }}>
          <MenuItem value="all">{t('status.all')}</MenuItem>
          {JOB_IDS.map((id) => <MenuItem key={id} value={id}>{t(`jobNames.${id}`)}</MenuItem>)}
        </TextField>
        <TextField select label={t('jobs.statusColumn')} value={status} onChange={(e) => setStatus(e.target.value as typeof status)} sx={{ minWidth: 160 }}>
          {statuses.map((s) => <MenuItem key={s} value={s}>{s === 'all' ? t('status.all') : t(`runStatus.${s}`)}</MenuItem>)}
        </TextField>
        <TextField type="search" label={t('runs.search')} value={search} onChange={(e) => setSearch(e.target.value)} sx={{ minWidth: 280 }} />
        <Button color="warning" variant="outlined" disabled={!cancellable || cancel.busy}
          onClick={() => void cancel.run({ type: 'cancelRun', runId: selected!.id! })}>{t('runs.cancelRun')}</Button>
      </Stack>
      {cancel.error && <Alert severity="error">{cancel.error}</Alert>}
      <Box sx={{ height: 460 }}>
        <DataGrid rows={runs ?? []} loading={!runs} columns={columns} density="compact" getRowId={(r) => r.id!}
          rowSelectionModel={selection} onRowSelectionModelChange={setSelection}
          initialState={{ pagination: { paginationModel: { pageSize: 25 } } }} pageSizeOptions={[25, 50, 100]}
          localeText={{ noRowsLabel: t('runs.none') }} aria-label={t('nav.runHistory')} />
      </Box>
      {selected && (
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('runs.details')}>
          <Typography variant="h6">{t('runs.detailsOf', { id: selected.id, job: t(`jobNames.${selected.jobId}`) })}</Typography>
          {selected.error && <Alert severity="error" sx={{ my: 1, whiteSpace: 'pre-line' }}>{selected.error}</Alert>}
          {selected.jobId === 'P-0001' && (
            <>
              <Typography variant="subtitle1" sx={{ mt: 1 }}>{t('nav.uploadSessions')}</Typography>
              <UploadSessionsGrid runId={selected.id!} />
            </>
          )}
        </Paper>
      )}
    </Stack>
  );
}
