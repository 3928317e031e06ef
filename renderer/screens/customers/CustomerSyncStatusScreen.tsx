import { useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { SynchronizeAll } from '../../components/SynchronizeAll';
import { Stack, Typography } from '@mui/material';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { operationAnchor, queryCustomerOperations, queryCustomerOperationsPage, type CustomerOperationFilter, type CustomerOperationRow } from '../../../shared/customers/customer-operations';
import { useKeysetPage } from '../../components/use-keyset-page';
import { useServices } from '../../hq/hq-context';
import { formatCount, formatDateTimeSeconds } from '../../components/format';
import { SynchronizeBar } from '../../components/SynchronizeBar';
import { ExportMenu, type ExportChoice } from '../../components/ExportMenu';
import { exportCustomerOperationsCsv, exportCustomerOperationsJson } from '../../../shared/export/customer-operations-export';
import { CustomerOperationDetails } from './CustomerOperationDetails';
import { CustomerOperationFilters } from './CustomerOperationFilters';
import { operationFilterFromQuery, queryFromOperationFilter } from './operation-location';
import { useScreenLocation } from '../../app/use-screen-location';
import { CustomerSyncStatusChip } from './CustomerSyncStatusChip';
import { useGridLocaleText } from '../../components/use-grid-locale-text';
import { openOnEnter } from '../../components/open-on-enter';
import { useVisibleSelection } from '../../components/use-visible-selection';
import { useSynchronizeRefusal } from '../../components/use-synchronize-refusal';
import { ListRecordSplit } from '../../components/ListRecordSplit';
import { TWO_LINE_HEADERS } from '../../components/two-line-headers';
import { keyColumnsWidth } from '../../components/key-columns';

/** The list sorts by operation time only (the index it pages through), newest first unless asked. */
const newestFirst: GridSortModel = [{ field: 'operationTimestamp', sort: 'desc' }];

/** Customer synchronization status: every customer created or edited in a channel, and what became of it in HQ. */
export function CustomerSyncStatusScreen() {
  const { t } = useTranslation();
  const localeText = useGridLocaleText(t('customers.none'));
  const { db } = useServices();
  const { record, query, setLocation } = useScreenLocation('customer-sync-status');
  const filter = useMemo(() => operationFilterFromQuery(query), [query]);
  // The open operation is the one the URL names: #/customer-sync-status/<operation ID>.
  const focusedId = record.length === 1 ? record[0]! : null;
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [sortModel, setSortModel] = useState<GridSortModel>(newestFirst);
  const page = useKeysetPage([db.name, filter], (request) => queryCustomerOperationsPage(db, filter, request), operationAnchor, pagination, sortModel[0]?.sort !== 'asc');
  const rows = page?.rows;
  // Read by its ID, not from the page: a link opens an operation on any page, or under any filter.
  const focused = useLiveQuery(async () => {
    const header = focusedId ? await db.asyncCustomers.get(focusedId) : undefined;
    if (!header) return null;
    return { header, channelName: (await db.stores.get(header.storeId))?.name ?? header.storeId };
  }, [db, focusedId]);
  // Synchronize acts on the ticked rows on screen, or on the open one when none is ticked; never
  // on one that holds unsaved values (it would synchronize the stored ones and fail again).
  const selection = useVisibleSelection([filter, pagination, sortModel], rows?.map((r) => r.header.operationId));
  const targets = selection.targets(focused?.header.operationId ?? null);
  const refusal = useSynchronizeRefusal();
  const barRefusal = refusal.of(targets);
  const open = (id: string) => void setLocation({ record: [id] });
  const firstPage = () => setPagination((p) => ({ ...p, page: 0 }));
  // The whole filtered list, every page of the grid.
  const exportChoices: ExportChoice[] = [
    { key: 'csv', label: t('exports.csv'), build: (options) => exportCustomerOperationsCsv(db, filter, options) },
    { key: 'json', label: t('exports.json'), build: (options) => exportCustomerOperationsJson(db, filter, options) },
  ];
  // The key columns first (who, its status, when): beside the open operation the list shows these whole.
  const columns: GridColDef<CustomerOperationRow>[] = [
    { field: 'name', headerName: t('customers.name'), width: 140, valueGetter: (_v, row) => row.values.name },
    { field: 'status', headerName: t('customers.syncStatus'), width: 215, renderCell: ({ row }) => <CustomerSyncStatusChip status={row.header.status} /> },
    { field: 'operationTimestamp', headerName: t('customers.operationTimestamp'), width: 195, valueGetter: (_v, row) => formatDateTimeSeconds(row.header.operationTimestamp) },
    { field: 'customerAccount', headerName: t('transactions.customerAccount'), width: 150, valueGetter: (_v, row) => row.header.customerAccount },
    { field: 'asyncCustomerAccount', headerName: t('customers.asyncCustomerAccount'), width: 200, valueGetter: (_v, row) => row.header.asyncCustomerAccount },
    { field: 'channelName', headerName: t('customers.channelName'), flex: 1, minWidth: 210 },
  ];
  return (
    <Stack spacing={1} sx={{ flex: 1, minHeight: 0 }}>
      <Typography color="text.secondary">{t('customers.intro')}</Typography>
      {/* The selection's action and the list's in one row, so that the list and its record get the height. */}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <SynchronizeBar selected={targets} ticked={selection.selected.length > 0} label={t('customers.synchronize')} refusal={barRefusal}
        command={(operationIds) => ({ type: 'synchronizeCustomerOperations', operationIds })} />
        <ExportMenu choices={exportChoices} label={t('exports.exportList', { list: t('nav.customerSyncStatus') })} />
        {/* Every operation the filter matches, not only the page: their ids in one command; the worker takes them a chunk at a time. */}
        <SynchronizeAll count={page?.total ?? 0} label={t('workspace.synchronizeAll.matching')} refusal={refusal.ofAll} sayRefusal={barRefusal === null}
          question={t('workspace.synchronizeAll.matchingOperationsQuestion', { count: formatCount(page?.total ?? 0) })}
          command={async (cancelId) => {
            // Those already synchronized would only be skipped; if all are, the outcome says so.
            const rows = await queryCustomerOperations(db, filter);
            const open = rows.filter((r) => r.header.status !== 'Succeeded');
            return { type: 'synchronizeCustomerOperations', cancelId, operationIds: (open.length ? open : rows).map((r) => r.header.operationId) };
          }} />
      </Stack>
      <CustomerOperationFilters filter={filter} onChange={(f: CustomerOperationFilter) => { void setLocation({ query: queryFromOperationFilter(f) }); firstPage(); }} />
      {/* Beside the operation, the list shows its key columns whole: name, status, time. */}
      <ListRecordSplit screen="customer-sync-status" listWidth={keyColumnsWidth(columns, 3, { checkboxes: true })} stackedListHeight={380} list={(
        <DataGrid rows={rows ?? []} rowCount={page?.total ?? 0} loading={!rows} columns={columns.map((c) => ({ ...c, sortable: c.field === 'operationTimestamp' }))}
          density="compact" getRowId={(r) => r.header.operationId}
          checkboxSelection disableRowSelectionOnClick disableRowSelectionExcludeModel
          rowSelectionModel={selection.rowSelectionModel} onRowSelectionModelChange={selection.onRowSelectionModelChange}
          onRowClick={({ id }) => open(String(id))} onCellKeyDown={openOnEnter(open, selection.toggle)} disableColumnFilter
          paginationMode="server" paginationModel={pagination} onPaginationModelChange={setPagination} pageSizeOptions={[25, 50, 100]}
          sortingMode="server" sortModel={sortModel} sortingOrder={['desc', 'asc']}
          onSortModelChange={(next) => { setSortModel(next.length ? next : newestFirst); firstPage(); }}
          localeText={localeText} aria-label={t('nav.customerSyncStatus')} {...TWO_LINE_HEADERS} />
      )} record={focused ? <CustomerOperationDetails operationId={focused.header.operationId} channelName={focused.channelName} />
        : <Typography color="text.secondary">{t('customers.selectHint')}</Typography>} />
    </Stack>
  );
}
