import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readSynchronizationLog, type SynchronizationLogRow } from '../../../shared/coupled-records/coupled-record-lists';
import type { SynchCounts } from '../../../shared/coupled-records/coupled-records';
import { useServices } from '../../hq/hq-context';
import { formatCount, formatDateTimeSeconds } from '../../components/format';
import { useGridLocaleText } from '../../components/use-grid-locale-text';
import { couplingErrorText, manualActionText } from './coupling-error-text';

/** A coupled record's Synchronization log: every synchronization job that touched it, scheduled or by a person. */
export function SynchronizationLogDialog({ integrationId, description, onClose }: { integrationId: string; description: string; onClose: () => void }) {
  const { t } = useTranslation();
  const localeText = useGridLocaleText(t('coupled.logNone'));
  const { db } = useServices();
  const rows = useLiveQuery(() => readSynchronizationLog(db, integrationId), [db, integrationId]);
  const time = (v: string | null) => (v ? formatDateTimeSeconds(v) : '');
  const count = (field: keyof SynchCounts, label: string): GridColDef<SynchronizationLogRow> => ({ field, headerName: t(`coupled.${label}`), width: 82, type: 'number', valueFormatter: (v: number) => formatCount(v) });
  const columns: GridColDef<SynchronizationLogRow>[] = [
    { field: 'startedAt', headerName: t('coupled.started'), width: 150, valueFormatter: time },
    { field: 'finishedAt', headerName: t('coupled.finished'), width: 150, valueFormatter: time },
    { field: 'type', headerName: t('coupled.jobType'), width: 180, valueGetter: (_v, row) => (row.type === 'Manual' ? manualActionText(t, row.action) : t(`coupled.types.${row.type}`)) },
    { field: 'direction', headerName: t('coupled.synchDirection'), width: 120, valueGetter: (v: string) => t(`coupled.directions.${v}`) },
    { field: 'outcome', headerName: t('coupled.outcome'), width: 120, valueGetter: (v: string) => t(`coupled.outcomes.${v}`) },
    { field: 'message', headerName: t('coupled.message'), flex: 1, minWidth: 280, valueFormatter: (v: string) => couplingErrorText(t, v) },
    count('inserted', 'inserted'), count('modified', 'modified'), count('deleted', 'deletedCount'), count('unchanged', 'unchanged'), count('skipped', 'skipped'), count('failed', 'failed'),
  ];
  const title = t('coupled.logTitle', { description });
  return (
    <Dialog open onClose={onClose} maxWidth="xl" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <Box sx={{ height: 420 }}>
          <DataGrid rows={rows ?? []} loading={!rows} columns={columns} density="compact" getRowHeight={() => 'auto'} showToolbar label={title}
            pageSizeOptions={[25, 50, 100]} initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
            localeText={localeText} aria-label={title} />
        </Box>
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{t('coupled.close')}</Button></DialogActions>
    </Dialog>
  );
}
