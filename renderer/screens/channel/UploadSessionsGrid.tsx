import { Alert, Box, Button, Paper, Stack, Typography } from '@mui/material';
import { DataGrid, useGridApiRef, type GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { UploadSession, UploadSessionStatus } from '../../../shared/channel/upload/upload-sessions';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import { formatCount, formatDateTimeSeconds } from '../../components/format';
import { ListRecordSplit } from '../../components/ListRecordSplit';
import { SetAsideRows } from './SetAsideRows';
import { useVisibleSelection } from '../../components/use-visible-selection';
import { useGridRowIds } from '../../components/use-grid-row-ids';
import { openOnEnter } from '../../components/open-on-enter';
import { keyColumnsWidth } from '../../components/key-columns';

const LIMIT = 1000;

/** Upload sessions, all of them (beside the selected one) or one run's, with Retry and Cancel for the selected one. */
export function UploadSessionsGrid({ runId, status, channelDatabaseId }: { runId?: number; status?: UploadSessionStatus | 'all'; channelDatabaseId?: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand<'retryUploadSession' | 'cancelUploadSession'>();
  // A retry's answer: what it read, added and set aside (a cancel answers nothing to show).
  const retried = command.result && 'added' in command.result ? command.result : null;
  const databases = useLiveQuery(() => db.channelDatabases.toArray(), [db]) ?? [];
  const sessions = useLiveQuery(
    () => (runId === undefined ? db.uploadSessions.reverse().limit(LIMIT).toArray() : db.uploadSessions.where('runId').equals(runId).toArray()),
    [db, runId],
  )?.filter((s) => (!status || status === 'all' || s.status === status) && (!channelDatabaseId || channelDatabaseId === 'all' || s.channelDatabaseId === channelDatabaseId));
  // Retry and Cancel act on the session selected among those shown: a filter or page that hides it unselects it.
  const apiRef = useGridApiRef();
  const selection = useVisibleSelection(null, useGridRowIds(apiRef).shown);
  const selected = sessions?.find((s) => selection.selected.includes(String(s.id)));
  const databaseName = (id: string) => databases.find((d) => d.id === id)?.name ?? id;
  // The key columns first (which session, its status, where from, what it set aside, its tries): beside the open session the list shows these whole.
  const columns: GridColDef<UploadSession>[] = [
    { field: 'id', headerName: t('sessions.session'), width: 76 },
    { field: 'status', headerName: t('jobs.statusColumn'), width: 150, valueGetter: (v: UploadSessionStatus) => t(`sessions.statuses.${v}`) },
    { field: 'channelDatabaseId', headerName: t('sessions.channelDatabase'), width: 230, valueGetter: (v: string) => databaseName(v) },
    { field: 'setAside', headerName: t('sessions.setAside'), width: 96, type: 'number', valueGetter: (v: number | undefined) => v ?? 0, valueFormatter: (v: number) => formatCount(v) },
    { field: 'tryCount', headerName: t('sessions.tryCount'), width: 76, valueGetter: (v: number, row) => `${v} / ${row.maxTries}` },
    { field: 'rowCount', headerName: t('sessions.rowCount'), width: 90, type: 'number', valueFormatter: (v: number) => formatCount(v) },
    { field: 'runId', headerName: t('runs.runId'), width: 90 },
    { field: 'createdAt', headerName: t('sessions.created'), width: 170, valueFormatter: (v: string) => formatDateTimeSeconds(v) },
    { field: 'appliedAt', headerName: t('sessions.applied'), width: 170, valueFormatter: (v: string | null) => (v ? formatDateTimeSeconds(v) : '') },
    { field: 'error', headerName: t('jobs.error'), flex: 2, minWidth: 260 },
  ];
  const open = selected && (selected.status === 'Apply failed' || selected.status === 'Available');
  const actions = (
    <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <Button size="small" variant="outlined" disabled={!open || command.busy}
        onClick={() => void command.run({ type: 'retryUploadSession', sessionId: selected!.id! })}>{t('sessions.retry')}</Button>
      <Button size="small" color="warning" disabled={!open || command.busy}
        onClick={() => void command.run({ type: 'cancelUploadSession', sessionId: selected!.id! })}>{t('sessions.cancel')}</Button>
      {retried?.error && <Alert severity="error" sx={{ py: 0 }}>{retried.error}</Alert>}
      {retried && !retried.error && <Alert severity="success" sx={{ py: 0 }}>{t('sessions.retried', { count: retried.added })}</Alert>}
      {command.error && <Alert severity="error" sx={{ py: 0 }}>{command.error}</Alert>}
    </Stack>
  );
  const grid = (
    <DataGrid apiRef={apiRef} rows={sessions ?? []} loading={!sessions} columns={columns} density="compact" getRowId={(s) => s.id!}
      rowSelectionModel={selection.rowSelectionModel} onRowSelectionModelChange={(m) => { selection.onRowSelectionModelChange(m); command.reset(); }}
      onCellKeyDown={openOnEnter(selection.selectOnly, selection.selectOnly)}
      initialState={{ pagination: { paginationModel: { pageSize: 25 } } }} pageSizeOptions={[25, 50, 100]}
      aria-label={t('nav.uploadSessions')} />
  );
  // A P-0001 run's own sessions, inside its details on Run history: the actions above the few rows, the set-aside rows under them.
  if (runId !== undefined) {
    return (
      <Box>
        {actions}
        <Box sx={{ height: 260 }}>{grid}</Box>
        {selected && <SetAsideRows sessionId={selected.id!} />}
      </Box>
    );
  }
  return (
    <ListRecordSplit screen="upload-sessions" listWidth={keyColumnsWidth(columns, 5)} stackedListHeight={520} list={grid} record={selected ? (
      <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('sessions.details')}>
        <Typography variant="subtitle1" component="h2" sx={{ mb: 1 }}>{t('sessions.detailsOf', { id: selected.id, database: databaseName(selected.channelDatabaseId) })}</Typography>
        <Typography sx={{ mb: 1 }}>{t(`sessions.statuses.${selected.status}`)} · {t('sessions.tryCount')}: {selected.tryCount} / {selected.maxTries}</Typography>
        {selected.error && <Alert severity="error" sx={{ mb: 1, whiteSpace: 'pre-line' }}>{selected.error}</Alert>}
        {actions}
        <SetAsideRows sessionId={selected.id!} />
      </Paper>
    ) : <Typography color="text.secondary">{t('sessions.selectHint')}</Typography>} />
  );
}
