import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { SynchJobError } from '../../../shared/coupled-records/coupled-records';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import { formatDateTimeSeconds } from '../../components/format';
import { useGridLocaleText } from '../../components/use-grid-locale-text';

/** Integration synchronization job errors: those of the setup, not of a record, with their two deletions. */
export function SynchJobErrorsCard() {
  const { t } = useTranslation();
  const localeText = useGridLocaleText(t('coupled.jobErrorsNone'));
  const { db } = useServices();
  const rows = useLiveQuery(() => db.integrationSynchJobErrors.orderBy('at').reverse().toArray(), [db]);
  const command = useCommand<'deleteSynchJobErrors'>();
  const columns: GridColDef<SynchJobError>[] = [
    { field: 'at', headerName: t('coupled.at'), width: 170, valueFormatter: (v: string) => formatDateTimeSeconds(v) },
    { field: 'message', headerName: t('coupled.errorMessage'), flex: 1, minWidth: 300 },
  ];
  return (
    <Stack spacing={1} component="section" aria-label={t('coupled.jobErrors')}>
      <Typography variant="h6">{t('coupled.jobErrors')}</Typography>
      <Typography color="text.secondary">{t('coupled.jobErrorsHelp')}</Typography>
      <Stack direction="row" spacing={1}>
        <Button size="small" variant="outlined" disabled={command.busy || !rows?.length} onClick={() => void command.run({ type: 'deleteSynchJobErrors', olderThanDays: 7 })}>{t('coupled.deleteOlder')}</Button>
        <Button size="small" variant="outlined" color="warning" disabled={command.busy || !rows?.length} onClick={() => void command.run({ type: 'deleteSynchJobErrors', olderThanDays: null })}>{t('coupled.deleteAll')}</Button>
      </Stack>
      {command.result && <Alert severity="success">{t('coupled.entriesDeleted', { count: command.result.deleted })}</Alert>}
      {command.error && <Alert severity="error">{command.error}</Alert>}
      <Box sx={{ height: 240 }}>
        <DataGrid rows={rows ?? []} loading={!rows} columns={columns} density="compact" getRowHeight={() => 'auto'}
          pageSizeOptions={[25, 50, 100]} initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
          localeText={localeText} aria-label={t('coupled.jobErrors')} />
      </Box>
    </Stack>
  );
}
