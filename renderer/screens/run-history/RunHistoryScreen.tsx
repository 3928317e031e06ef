import { useState } from 'react';
import { Alert, AlertTitle, Button, Chip, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { JOB_IDS, type JobId } from '../../../shared/runner/jobs';
import type { JobRun, JobRunStatus } from '../../../shared/runner/job-runs';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import { formatCount, formatDate, formatDateTimeSeconds, formatDuration } from '../../components/format';
import { UploadSessionsGrid } from '../channel/UploadSessionsGrid';
import { queryRunHistoryPage, runAnchor } from '../../../shared/run-history/run-history-page';
import { useKeysetPage } from '../../components/use-keyset-page';
import { RunStatusChip } from '../runner/RunStatusChip';
import { useUrlFilter } from '../../app/use-screen-location';
import { useGridLocaleText } from '../../components/use-grid-locale-text';
import { useRunsAsEnded } from '../../hq/use-storage-state';
import { useVisibleSelection } from '../../components/use-visible-selection';
import { openOnEnter } from '../../components/open-on-enter';
import { ListRecordSplit } from '../../components/ListRecordSplit';
import { recordProblemText } from './record-problem-text';
import { scopeLabelText } from './scope-label-text';
import { TWO_LINE_HEADERS } from '../../components/two-line-headers';
import { keyColumnsWidth } from '../../components/key-columns';

const statuses: (JobRunStatus | 'all')[] = ['all', 'Waiting', 'Executing', 'Ended', 'Error', 'Canceled'];
const isDay = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(new Date(`${text}T00:00:00`).getTime());
/** The history sorts by run number only (the index it pages through), newest first unless asked. */
const newestFirst: GridSortModel = [{ field: 'id', sort: 'desc' }];

function duration(run: JobRun): string {
  if (!run.endedAt) return '';
  return formatDuration((Date.parse(run.endedAt) - Date.parse(run.startedAt)) / 1000);
}

/** Run history: every run with its counts, live progress while it executes, cancel, and a P-0001 run's upload sessions. */
export function RunHistoryScreen() {
  const { t } = useTranslation();
  const localeText = useGridLocaleText(t('runs.none'));
  const { db } = useServices();
  const cancel = useCommand();
  const [job, setJob] = useUrlFilter<JobId | 'all'>('run-history', 'job', 'all', ['all', ...JOB_IDS]);
  const [status, setStatus] = useUrlFilter<JobRunStatus | 'all'>('run-history', 'status', 'all', statuses);
  const [search, setSearch] = useUrlFilter<string>('run-history', 'search', '');
  // A day (the workspace's Runs in error today): the runs started from its first moment, local time.
  const [fromDay, setFromDay] = useUrlFilter<string>('run-history', 'from', '');
  const startedFrom = isDay(fromDay) ? new Date(`${fromDay}T00:00:00`).toISOString() : null;
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [sortModel, setSortModel] = useState<GridSortModel>(newestFirst);
  const filter = { jobId: job, status, search, startedFrom };
  const history = useKeysetPage([db.name, filter], (request) => queryRunHistoryPage(db, filter, request), runAnchor, pagination, sortModel[0]?.sort !== 'asc');
  const runs = useRunsAsEnded(history?.rows);
  // The run open below is one the list shows: another filter, sort or page closes it, so Cancel run never acts on a hidden run.
  const selection = useVisibleSelection([filter, pagination, sortModel], runs?.map((r) => r.id!));
  const [selectedId] = selection.selected;
  const stored = useLiveQuery(async () => (selectedId === undefined ? undefined : db.jobRuns.get(Number(selectedId))), [db, selectedId]);
  const [selected] = useRunsAsEnded([stored]) ?? [];
  const filtered = <T,>(set: (v: T) => void) => (v: T) => { set(v); setPagination((p) => ({ ...p, page: 0 })); };
  const changeSort = filtered((next: GridSortModel) => setSortModel(next.length ? next : newestFirst));
  // Each as wide as its name in the longest language needs (Swedish "Misslyckades").
  const count = (field: 'processed' | 'succeeded' | 'failed' | 'skipped', width: number): GridColDef<JobRun> =>
    ({ field, headerName: t(`jobs.${field}`), width, type: 'number', valueFormatter: (v: number) => formatCount(v) });
  // Status and counts first, then the error: what a run did, seen beside its details at 1280 px.
  const allColumns: GridColDef<JobRun>[] = [
    { field: 'id', headerName: t('runs.runId'), width: 96 },
    { field: 'status', headerName: t('jobs.statusColumn'), width: 110, renderCell: ({ row }) => <RunStatusChip run={row} /> },
    count('processed', 90), count('succeeded', 90), count('failed', 100), count('skipped', 84),
    { field: 'error', headerName: t('jobs.error'), flex: 1, minWidth: 200 },
    { field: 'jobId', headerName: t('jobs.job'), width: 200, valueGetter: (v: JobId) => t(`jobNames.${v}`) },
    { field: 'scopeLabel', headerName: t('jobs.scopeColumn'), width: 200, valueGetter: (v: string) => scopeLabelText(t, v) },
    { field: 'trigger', headerName: t('runs.trigger'), width: 95, valueGetter: (v: JobRun['trigger']) => t(`runs.triggers.${v}`) },
    { field: 'startedAt', headerName: t('jobs.started'), width: 160, valueFormatter: (v: string) => formatDateTimeSeconds(v) },
    { field: 'endedAt', headerName: t('jobs.ended'), width: 160, valueFormatter: (v: string | null) => (v ? formatDateTimeSeconds(v) : '') },
    { field: 'duration', headerName: t('runs.duration'), width: 95, valueGetter: (_v, row) => duration(row) },
  ];
  const columns = allColumns.map((c) => ({ ...c, sortable: c.field === 'id' }));
  const cancellable = selected && (selected.status === 'Executing' || selected.status === 'Waiting');
  return (
    <Stack spacing={1.5} sx={{ flex: 1, minHeight: 0 }}>
      <Stack direction="row" spacing={1.5} component="search" sx={{ flexWrap: 'wrap', rowGap: 1, alignItems: 'flex-start' }}>
        <TextField select label={t('jobs.job')} value={job} onChange={(e) => filtered(setJob)(e.target.value as typeof job)} sx={{ minWidth: 280 }}>
          <MenuItem value="all">{t('status.all')}</MenuItem>
          {JOB_IDS.map((id) => <MenuItem key={id} value={id}>{t(`jobNames.${id}`)}</MenuItem>)}
        </TextField>
        <TextField select label={t('jobs.statusColumn')} value={status} onChange={(e) => filtered(setStatus)(e.target.value as typeof status)} sx={{ minWidth: 160 }}>
          {statuses.map((s) => <MenuItem key={s} value={s}>{s === 'all' ? t('status.all') : t(`runStatus.${s}`)}</MenuItem>)}
        </TextField>
        <TextField type="search" label={t('runs.search')} helperText={t('runs.searchHelp')} value={search} onChange={(e) => filtered(setSearch)(e.target.value)} sx={{ minWidth: 280 }} />
        {startedFrom && <Chip sx={{ alignSelf: 'center' }} label={t('runs.startedFrom', { date: formatDate(startedFrom) })} onDelete={() => filtered(setFromDay)('')} />}
        <Button color="warning" variant="outlined" disabled={!cancellable || cancel.busy}
          onClick={() => void cancel.run({ type: 'cancel', target: { runId: selected!.id! } })}>{t('runs.cancelRun')}</Button>
      </Stack>
      {cancel.error && <Alert severity="error">{cancel.error}</Alert>}
      {/* Beside the run, the list shows run, status and counts whole, and the Error column's header; the error reads whole in the run's details. */}
      <ListRecordSplit screen="run-history" listWidth={keyColumnsWidth(columns, 6, { peek: 70 })} stackedListHeight={460} list={(
        <DataGrid rows={runs ?? []} rowCount={history?.total ?? 0} loading={!runs} columns={columns} density="compact" getRowId={(r) => r.id!}
          rowSelectionModel={selection.rowSelectionModel} onRowSelectionModelChange={selection.onRowSelectionModelChange} onCellKeyDown={openOnEnter(selection.selectOnly, selection.selectOnly)}
          paginationMode="server" paginationModel={pagination} onPaginationModelChange={setPagination} pageSizeOptions={[25, 50, 100]}
          sortingMode="server" sortModel={sortModel} onSortModelChange={changeSort} sortingOrder={['desc', 'asc']} disableColumnFilter
          localeText={localeText} aria-label={t('nav.runHistory')} {...TWO_LINE_HEADERS} />
      )} record={selected ? (
        <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('runs.details')}>
          <Typography variant="h6">{t('runs.detailsOf', { id: selected.id, job: t(`jobNames.${selected.jobId}`) })}</Typography>
          {selected.error && <Alert severity="error" sx={{ my: 1, whiteSpace: 'pre-line' }}>{selected.error}</Alert>}
          {selected.recordProblems?.length ? (
            <Alert severity="warning" sx={{ my: 1, whiteSpace: 'pre-line' }}>
              <AlertTitle>{t('runs.recordProblems')}</AlertTitle>
              {selected.recordProblems.map((problem) => recordProblemText(t, problem)).join('\n')}
            </Alert>
          ) : null}
          {selected.jobId === 'P-0001' && (
            <>
              <Typography variant="subtitle1" sx={{ mt: 1 }}>{t('nav.uploadSessions')}</Typography>
              <UploadSessionsGrid runId={selected.id!} />
            </>
          )}
        </Paper>
      ) : <Typography color="text.secondary">{t('runs.selectHint')}</Typography>} />
    </Stack>
  );
}
