import { useMemo, useState } from 'react';
import { Alert, Link, Stack, Typography } from '@mui/material';
import { DataGrid, useGridApiRef, type GridColDef } from '@mui/x-data-grid';
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
import { useVisibleSelection } from '../../components/use-visible-selection';
import { useGridRowIds } from '../../components/use-grid-row-ids';
import { openOnEnter } from '../../components/open-on-enter';
import { TWO_LINE_HEADERS } from '../../components/two-line-headers';
import { keyColumnsWidth } from '../../components/key-columns';


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
  const [opened, setOpened] = useState<OpenedRecord | null>(null);
  // The grid filters and pages by itself: the actions act on ticked rows it shows, Retry all on those its filters match.
  const apiRef = useGridApiRef();
  const ids = useGridRowIds(apiRef);
  const selection = useVisibleSelection(null, ids.shown);
  const selected = useMemo(() => (rows ?? []).filter((r) => selection.selected.includes(String(r.id))), [rows, selection.selected]);
  const matching = useMemo(() => {
    const wanted = new Set(ids.matching);
    return (rows ?? []).filter((r) => wanted.has(r.id));
  }, [rows, ids.matching]);
  // Enter opens a row's record (HQ's, or the CRM's where HQ's is gone), as a click on its name does.
  const openRow = (id: string) => {
    const row = rows?.find((r) => String(r.id) === id);
    if (row && (row.recordExists || row.coupledRecordExists)) setOpened({ side: row.recordExists ? 'hq' : 'crm', integrationId: row.integrationId, crmId: row.crmId });
  };
  const yesNo = (v: boolean) => (v ? t('coupled.yes') : t('coupled.no'));
  const opener = (side: OpenedRecord['side'], exists: (r: CoupledErrorRow) => boolean): GridColDef<CoupledErrorRow>['renderCell'] => ({ row, value }) =>
    exists(row)
      ? <Link component="button" onClick={(e) => { e.stopPropagation(); setOpened({ side, integrationId: row.integrationId, crmId: row.crmId }); }}
        aria-label={t('coupled.openRecord', { name: value })}>{String(value)}</Link>
      : String(value);
  const result = (v: CoupledErrorRow['lastSynchResult']) => (v ? t(`coupled.lastResults.${v}`) : '');
  // The key columns first (the record, the error, the one it is coupled to): beside the opened record the list shows these whole.
  const columns: GridColDef<CoupledErrorRow>[] = [
    { field: 'description', headerName: t('coupled.description'), width: 150, renderCell: opener('hq', (r) => r.recordExists) },
    { field: 'errorMessage', headerName: t('coupled.errorMessage'), width: 220, valueFormatter: (v: string) => couplingErrorText(t, v) },
    { field: 'coupledTo', headerName: t('coupled.coupledTo'), width: 150, renderCell: opener('crm', (r) => r.coupledRecordExists) },
    { field: 'recordExists', headerName: t('coupled.recordExists'), width: 120, type: 'boolean', valueFormatter: yesNo },
    { field: 'coupledRecordExists', headerName: t('coupled.coupledRecordExists'), width: 170, type: 'boolean', valueFormatter: yesNo },
    { field: 'failedOn', headerName: t('coupled.failedOn'), width: 170, valueFormatter: (v: string) => (v ? formatDateTimeSeconds(v) : '') },
    // Each side's last result and job, as the coupling keeps them (CRM Integration Record).
    { field: 'lastSynchResult', headerName: t('coupled.lastResult'), width: 170, valueFormatter: result },
    { field: 'lastSynchJobId', headerName: t('coupled.lastJobId'), width: 155, type: 'number' },
    { field: 'lastSynchCrmResult', headerName: t('coupled.lastCrmResult'), width: 170, valueFormatter: result },
    { field: 'lastSynchCrmJobId', headerName: t('coupled.lastCrmJobId'), width: 155, type: 'number' },
    { field: 'tableId', headerName: t('coupled.tableId'), width: 80, type: 'number' },
    { field: 'tableName', headerName: t('coupled.tableName'), width: 110, valueFormatter: (v: string) => term(t, v) },
  ];
  return (
    <Stack spacing={1} sx={{ flex: 1, minHeight: 0 }}>
      <Typography color="text.secondary">{t('coupled.intro')}</Typography>
      <CoupledErrorActions selected={selected} matching={matching} filtered={matching.length < (rows?.length ?? 0)} onDone={selection.clear} />
      <ListRecordSplit screen="coupled-sync-errors" listWidth={keyColumnsWidth(columns, 3, { checkboxes: true })} stackedListHeight={600} list={(
        <DataGrid apiRef={apiRef} rows={rows ?? []} loading={!rows} columns={columns} density="compact" getRowHeight={() => 'auto'}
          checkboxSelection disableRowSelectionOnClick disableRowSelectionExcludeModel
          rowSelectionModel={selection.rowSelectionModel} onRowSelectionModelChange={selection.onRowSelectionModelChange}
          onCellKeyDown={openOnEnter(openRow, selection.toggle)}
          pageSizeOptions={[25, 50, 100]} initialState={{ pagination: { paginationModel: { pageSize: 25 } }, sorting: { sortModel: [{ field: 'failedOn', sort: 'desc' }] } }}
          showToolbar label={t('nav.coupledSyncErrors')} localeText={localeText} aria-label={t('nav.coupledSyncErrors')} {...TWO_LINE_HEADERS} />
      )} record={opened ? <CoupledRecordPanel record={opened} onClose={() => setOpened(null)} />
        : <Typography color="text.secondary">{t('coupled.openHint')}</Typography>} />
      {rows && rows.length === 0 && <Alert severity="success">{t('coupled.none')}</Alert>}
    </Stack>
  );
}
