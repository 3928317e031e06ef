import { useState } from 'react';
import { Alert, Link, Stack, Typography } from '@mui/material';
import { DataGrid, type GridColDef, type GridRowSelectionModel } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { readCoupledErrors, type CoupledErrorRow } from '../../../shared/coupled-records/coupled-record-lists';
import { useServices } from '../../hq/hq-context';
import { formatDateTimeSeconds } from '../../components/format';
import { CoupledErrorActions } from './CoupledErrorActions';
import { CoupledRecordPanel, type OpenedRecord } from './CoupledRecordPanel';
import { ListRecordSplit } from '../../components/ListRecordSplit';
import { useGridLocaleText } from '../../components/use-grid-locale-text';
import { couplingErrorText } from './coupling-error-text';
import { term } from '../../i18n/terms';
import { TWO_LINE_HEADERS } from '../../components/two-line-headers';
import { keyColumnsWidth } from '../../components/key-columns';

const none: GridRowSelectionModel = { type: 'include', ids: new Set() };

/**
 * Coupled data synchronization errors (BC page 5333): the couplings Integration synchronization
 * skips because their last synchronization failed, and the actions that resolve them. Every row
 * is read (few: see readCoupledErrors), so the grid filters, sorts and pages over all of them.
 */
export function CoupledSyncErrorsScreen() {
  const { t } = useTranslation();
  const localeText = useGridLocaleText(t('coupled.none'));
  const { db } = useServices();
  const rows = useLiveQuery(() => readCoupledErrors(db), [db]);
  const [selection, setSelection] = useState<GridRowSelectionModel>(none);
  const [opened, setOpened] = useState<OpenedRecord | null>(null);
  const selected = (rows ?? []).filter((r) => selection.ids.has(r.id));
  const yesNo = (v: boolean) => (v ? t('coupled.yes') : t('coupled.no'));
  const opener = (side: OpenedRecord['side'], exists: (r: CoupledErrorRow) => boolean): GridColDef<CoupledErrorRow>['renderCell'] => ({ row, value }) =>
    exists(row)
      ? <Link component="button" onClick={(e) => { e.stopPropagation(); setOpened({ side, integrationId: row.integrationId, crmId: row.crmId }); }}
        aria-label={t('coupled.openRecord', { name: value })}>{String(value)}</Link>
      : String(value);
  // The key columns first (the record, the error, the one it is coupled to): beside the opened record the list shows these whole.
  const columns: GridColDef<CoupledErrorRow>[] = [
    { field: 'description', headerName: t('coupled.description'), width: 150, renderCell: opener('hq', (r) => r.recordExists) },
    { field: 'errorMessage', headerName: t('coupled.errorMessage'), width: 220, valueFormatter: (v: string) => couplingErrorText(t, v) },
    { field: 'coupledTo', headerName: t('coupled.coupledTo'), width: 150, renderCell: opener('crm', (r) => r.coupledRecordExists) },
    { field: 'recordExists', headerName: t('coupled.recordExists'), width: 120, type: 'boolean', valueFormatter: yesNo },
    { field: 'coupledRecordExists', headerName: t('coupled.coupledRecordExists'), width: 170, type: 'boolean', valueFormatter: yesNo },
    { field: 'failedOn', headerName: t('coupled.failedOn'), width: 170, valueFormatter: (v: string) => (v ? formatDateTimeSeconds(v) : '') },
    { field: 'tableName', headerName: t('coupled.tableName'), width: 110, valueFormatter: (v: string) => term(t, v) },
  ];
  return (
    <Stack spacing={1} sx={{ flex: 1, minHeight: 0 }}>
      <Typography color="text.secondary">{t('coupled.intro')}</Typography>
      <CoupledErrorActions selected={selected} onDone={() => setSelection(none)} />
      <ListRecordSplit screen="coupled-sync-errors" listWidth={keyColumnsWidth(columns, 3, { checkboxes: true })} stackedListHeight={600} list={(
        <DataGrid rows={rows ?? []} loading={!rows} columns={columns} density="compact" getRowHeight={() => 'auto'}
          checkboxSelection disableRowSelectionExcludeModel rowSelectionModel={selection} onRowSelectionModelChange={setSelection}
          pageSizeOptions={[25, 50, 100]} initialState={{ pagination: { paginationModel: { pageSize: 25 } }, sorting: { sortModel: [{ field: 'failedOn', sort: 'desc' }] } }}
          showToolbar label={t('nav.coupledSyncErrors')} localeText={localeText} aria-label={t('nav.coupledSyncErrors')} {...TWO_LINE_HEADERS} />
      )} record={opened ? <CoupledRecordPanel record={opened} onClose={() => setOpened(null)} />
        : <Typography color="text.secondary">{t('coupled.openHint')}</Typography>} />
      {rows && rows.length === 0 && <Alert severity="success">{t('coupled.none')}</Alert>}
    </Stack>
  );
}
