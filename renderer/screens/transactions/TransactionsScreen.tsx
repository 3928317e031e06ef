import { useMemo, useState } from 'react';
import { Box, Paper, Tab, Tabs, Typography } from '@mui/material';
import { DataGrid, type GridColDef, type GridPaginationModel, type GridRowSelectionModel } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ChannelKind } from '../../../shared/domain/organization';
import type { HqTransaction } from '../../../shared/domain/transactions';
import type { TransactionFilter } from '../../../shared/queries/transactions-page';
import { useServices } from '../../hq/hq-context';
import { formatDateTime, formatMoney } from '../../components/format';
import { SynchronizeBar } from '../../components/SynchronizeBar';
import { emptyFilter, TransactionFilters } from './TransactionFilters';
import { LinesAndPaymentsPanel } from './LinesAndPaymentsPanel';
import { StatusChip } from './StatusChip';
import { SynchronizationStatusPanel } from './SynchronizationStatusPanel';
import { useTransactionsPage } from './use-transactions-page';

const noSelection: GridRowSelectionModel = { type: 'include', ids: new Set() };

/** Online store transactions (kind "online") and Store transactions (kind "pos"): one screen, two channels. */
export function TransactionsScreen({ kind }: { kind: ChannelKind }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [filter, setFilter] = useState<TransactionFilter>(() => emptyFilter(kind));
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [selection, setSelection] = useState<GridRowSelectionModel>(noSelection);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [tab, setTab] = useState(0);
  const page = useTransactionsPage(filter, pagination.page, pagination.pageSize);
  const stores = useLiveQuery(() => db.stores.where('kind').equals(kind).toArray(), [db, kind]) ?? [];
  const focused = useLiveQuery(async () => (focusedId ? ((await db.transactions.get(focusedId)) ?? null) : null), [db, focusedId]);
  const storeNames = useMemo(() => new Map(stores.map((s) => [s.id, s.name])), [stores]);

  // "Select all" is an explicit list of the rows on screen (no exclude model): what the count
  // says is what Synchronize order acts on, even after paging or a live refresh.
  const selected = [...selection.ids].map(String);

  const columns: GridColDef<HqTransaction>[] = [
    kind === 'online'
      ? { field: 'channelReferenceId', headerName: t('transactions.channelReferenceId'), width: 170 }
      : { field: 'receiptNumber', headerName: t('transactions.receiptNumber'), width: 170 },
    { field: 'customerAccount', headerName: t('transactions.customerAccount'), width: 150 },
    { field: 'storeId', headerName: t('transactions.store'), flex: 1, minWidth: 180, valueGetter: (v: string) => storeNames.get(v) ?? v },
    { field: 'transDate', headerName: t('transactions.date'), width: 150, valueFormatter: (v: string) => formatDateTime(v) },
    { field: 'grossAmount', headerName: t('transactions.amount'), width: 120, align: 'right', headerAlign: 'right',
      valueFormatter: (v: number, row) => formatMoney(v, row.currency) },
    { field: 'pendingOrderStatus', headerName: t('transactions.pendingOrderStatus'), width: 180,
      renderCell: ({ row }) => <StatusChip status={row.pendingOrderStatus} /> },
    { field: 'salesOrderId', headerName: t('transactions.salesOrder'), width: 130 },
  ];

  const changeFilter = (next: TransactionFilter) => {
    setFilter(next);
    setPagination((p) => ({ ...p, page: 0 }));
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, flex: 1, minHeight: 0 }}>
      <SynchronizeBar selected={selected} label={t('transactions.synchronizeOrder')} command={(transactionIds) => ({ type: 'synchronizeOrders', transactionIds })} />
      <TransactionFilters filter={filter} stores={stores} onChange={changeFilter} />
      <Box sx={{ flex: '1 1 360px', minHeight: 320 }}>
        <DataGrid
          rows={page?.rows ?? []}
          rowCount={page?.total ?? 0}
          loading={!page}
          columns={columns}
          getRowId={(r) => r.transactionId}
          paginationMode="server"
          paginationModel={pagination}
          onPaginationModelChange={setPagination}
          pageSizeOptions={[25, 50, 100]}
          checkboxSelection
          keepNonExistentRowsSelected
          disableRowSelectionExcludeModel
          rowSelectionModel={selection}
          onRowSelectionModelChange={setSelection}
          onRowClick={({ id }) => setFocusedId(String(id))}
          disableColumnFilter
          disableColumnSorting
          density="compact"
          localeText={{ noRowsLabel: t('transactions.noRows') }}
          aria-label={t(kind === 'online' ? 'nav.onlineTransactions' : 'nav.storeTransactions')}
        />
      </Box>
      <Paper variant="outlined" sx={{ p: 2, flexShrink: 0 }}>
        <Tabs value={tab} onChange={(_, v: number) => setTab(v)} sx={{ mb: 2 }}>
          <Tab label={t('syncStatus.tab')} />
          <Tab label={t('syncStatus.linesTab')} />
        </Tabs>
        {focused ? (
          <>
            <Typography variant="subtitle1" sx={{ mb: 1 }}>
              {focused.channelReferenceId ?? focused.receiptNumber} · {storeNames.get(focused.storeId) ?? focused.storeId}
            </Typography>
            {tab === 0 ? <SynchronizationStatusPanel transaction={focused} /> : <LinesAndPaymentsPanel transaction={focused} />}
          </>
        ) : (
          <Typography color="text.secondary">{t('transactions.selectHint')}</Typography>
        )}
      </Paper>
    </Box>
  );
}
