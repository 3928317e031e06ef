import { Alert, Box, Button, Stack } from '@mui/material';
import { DataGrid, useGridApiRef, type GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { UploadSession, UploadSessionStatus } from '../../../shared/channel/upload/upload-sessions';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import { formatDateTimeSeconds } from '../../components/format';
import { SetAsideRows } from './SetAsideRows';
import { useVisibleSelection } from '../../components/use-visible-selection';
import { useGridRowIds } from '../../components/use-grid-row-ids';
import { openOnEnter } from '../../components/open-on-enter';

const LIMIT = 1000;

/** Upload sessions, all of them or one run's, with Retry and Cancel for the selected one. */
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
  const columns: GridColDef<UploadSession>[] = [
    { field: 'id', headerName: t('sessions.session'), width: 90 },
    { field: 'runId', headerName: t('runs.runId'), width: 80 },
    { field: 'channelDatabaseId', headerName: t('sessions.channelDatabase'), flex: 1, minWidth: 200, valueGetter: (v: string) => databases.find((d) => d.id === v)?.name ?? v },
    { field: 'status', headerName: t('jobs.statusColumn'), width: 120, valueGetter: (v: UploadSessionStatus) => t(`sessions.statuses.${v}`) },
    { field: 'rowCount', headerName: t('sessions.rowCount'), width: 100, type: 'number' },
    { field: 'setAside', headerName: t('sessions.setAside'), width: 100, type: 'number', valueGetter: (v: number | undefined) => v ?? 0 },
    { field: 'tryCount', headerName: t('sessions.tryCount'), width: 100, valueGetter: (v: number, row) => `${v} / ${row.maxTries}` },
    { field: 'createdAt', headerName: t('sessions.created'), width: 170, valueFormatter: (v: string) => formatDateTimeSeconds(v) },
    { field: 'appliedAt', headerName: t('sessions.applied'), width: 170, valueFormatter: (v: string | null) => (v ? formatDateTimeSeconds(v) : '') },
    { field: 'error', headerName: t('jobs.error'), flex: 2, minWidth: 260 },
  ];
  const open = selected && (selected.status === 'Apply failed' || selected.status === 'Available');
  return (
    <Box>
      <Stack direction="row" spacing={1} sx={{ mb: 1, alignItems: 'center' }}>
        <Button size="small" variant="outlined" disabled={!open || command.busy}
          onClick={() => void command.run({ type: 'retryUploadSession', sessionId: selected!.id! })}>{t('sessions.retry')}</Button>
        <Button size="small" color="warning" disabled={!open || command.busy}
          onClick={() => void command.run({ type: 'cancelUploadSession', sessionId: selected!.id! })}>{t('sessions.cancel')}</Button>
        {retried?.error && <Alert severity="error" sx={{ py: 0 }}>{retried.error}</Alert>}
        {retried && !retried.error && <Alert severity="success" sx={{ py: 0 }}>{t('sessions.retried', { count: retried.added })}</Alert>}
        {command.error && <Alert severity="error" sx={{ py: 0 }}>{command.error}</Alert>}
      </Stack>
      <Box sx={{ height: runId === undefined ? 520 : 260 }}>
        <DataGrid apiRef={apiRef} rows={sessions ?? []} loading={!sessions} columns={columns} density="compact" getRowId={(s) => s.id!}
          rowSelectionModel={selection.rowSelectionModel} onRowSelectionModelChange={(m) => { selection.onRowSelectionModelChange(m); command.reset(); }}
          onCellKeyDown={openOnEnter(selection.selectOnly, selection.selectOnly)}
          initialState={{ pagination: { paginationModel: { pageSize: 25 } } }} pageSizeOptions={[25, 50, 100]}
          aria-label={t('nav.uploadSessions')} />
      </Box>
      {selected && <SetAsideRows sessionId={selected.id!} />}
    </Box>
  );
}
