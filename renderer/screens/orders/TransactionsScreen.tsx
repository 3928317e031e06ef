import { useEffect, useMemo, useState } from 'react';
import { Box, Stack, Typography } from '@mui/material';
import { DataGrid, type GridPaginationModel, type GridSortModel } from '@mui/x-data-grid';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ChannelKind } from '../../../shared/configuration/organization';
import { keyText, parseKeyText, type TransactionKey } from '../../../shared/orders/transaction-entities';
import { findTransactionKey } from '../../../shared/orders/find-transaction';
import { queryTransactionsPage, statusAnchor, type TransactionFilter, type TransactionRow } from '../../../shared/orders/transactions-page';
import { useServices } from '../../hq/hq-context';
import { SynchronizeBar } from '../../components/SynchronizeBar';
import { ExportMenu, type ExportChoice } from '../../components/ExportMenu';
import { exportTransactionListOData } from '../../../shared/export/odata-export';
import { exportTransactionListCsv, exportTransactionListJson } from '../../../shared/export/transaction-list-export';
import { transactionColumns } from './transaction-columns';
import { TransactionDetails, type DetailsTab } from './TransactionDetails';
import { TransactionFilters } from './TransactionFilters';
import { filterFromQuery, queryFromFilter, recordParts, transactionRecord } from './transaction-location';
import { useScreenLocation } from '../../app/use-screen-location';
import { useGridLocaleText } from '../../components/use-grid-locale-text';
import { SynchronizeAll } from '../../components/SynchronizeAll';
import { formatCount } from '../../components/format';
import { useKeysetPage } from '../../components/use-keyset-page';
import { openOnEnter } from '../../components/open-on-enter';
import { useVisibleSelection } from '../../components/use-visible-selection';
import { useSynchronizeRefusal } from '../../components/use-synchronize-refusal';
import { ListRecordSplit } from '../../components/ListRecordSplit';
import { TWO_LINE_HEADERS } from '../../components/two-line-headers';
import { keyColumnsWidth } from '../../components/key-columns';

/** The lists sort by date and time only (the index they page through), newest first unless asked. */
const newestFirst: GridSortModel = [{ field: 'date', sort: 'desc' }];
const rowAnchor = (row: TransactionRow) => statusAnchor(row.status);

/** The keys behind the selected rows' ids (each row's id is its key's text). */
const keysOf = (ids: string[]): TransactionKey[] => ids.flatMap((id) => parseKeyText(id) ?? []);

/** Online store transactions (kind "online") and Store transactions (kind "pos"): one screen, two channels. */
export function TransactionsScreen({ kind }: { kind: ChannelKind }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const { record, query, setLocation } = useScreenLocation(kind === 'online' ? 'online-transactions' : 'store-transactions');
  const filter = useMemo(() => filterFromQuery(kind, query), [kind, query]);
  const [pagination, setPagination] = useState<GridPaginationModel>({ page: 0, pageSize: 25 });
  const [focusedKey, setFocusedKey] = useState<TransactionKey | null>(null);
  const [linkNotFound, setLinkNotFound] = useState(false);
  const [tab, setTab] = useState<DetailsTab>('status');
  const [sortModel, setSortModel] = useState<GridSortModel>(newestFirst);
  const page = useKeysetPage([db.name, filter], (request) => queryTransactionsPage(db, filter, request), rowAnchor, pagination, sortModel[0]?.sort !== 'asc');
  const stores = useLiveQuery(() => db.stores.where('kind').equals(kind).toArray(), [db, kind]) ?? [];
  const storeNames = useMemo(() => new Map(stores.map((s) => [s.id, s.name])), [stores]);
  const columns = useMemo(() => transactionColumns(kind, storeNames, t), [kind, storeNames, t]);
  const focusedId = focusedKey ? keyText(focusedKey) : null;
  const localeText = useGridLocaleText(t('transactions.noRows'));

  // The record the URL names (a link, a reload, back/forward) opens; it is not ticked: what is
  // ticked is only ever what the person ticked.
  useEffect(() => {
    const parts = recordParts(record);
    if (!parts) {
      setFocusedKey(null);
      return;
    }
    let current = true;
    void findTransactionKey(db, ...parts).then((key) => {
      if (!current) return;
      setLinkNotFound(key === null);
      setFocusedKey((open) => (key === null ? null : open && keyText(open) === keyText(key) ? open : key));
    });
    return () => {
      current = false;
    };
  }, [db, record]);
  // Opening another transaction waits for the person to agree to leave unsaved values in this one.
  const focus = (id: string) => {
    const key = parseKeyText(id);
    if (!key) return;
    void setLocation({ record: transactionRecord(key) }).then((opened) => opened && setFocusedKey(key));
  };

  // What the count says is what Synchronize order acts on: ticked rows on screen (a new filter,
  // sort or page clears them), or the open one when none is ticked.
  const selection = useVisibleSelection([filter, pagination, sortModel], page?.rows.map((r) => keyText(r.status)));
  const targets = selection.targets(focusedId);
  const refusal = useSynchronizeRefusal();
  const barRefusal = refusal.of(targets);

  // Every row the current filter matches, not only the page on screen.
  const exportChoices = useMemo<ExportChoice[]>(() => [
    { key: 'csv', label: t('exports.csv'), build: (options) => exportTransactionListCsv(db, filter, options) },
    { key: 'json', label: t('exports.json'), build: (options) => exportTransactionListJson(db, filter, options) },
    { key: 'odata', label: t('exports.odata'), build: (options) => exportTransactionListOData(db, filter, options) },
  ], [db, filter, t]);
  const listName = t(kind === 'online' ? 'nav.onlineTransactions' : 'nav.storeTransactions');

  const changeFilter = (next: TransactionFilter) => {
    setLocation({ query: queryFromFilter(next) });
    setPagination((p) => ({ ...p, page: 0 }));
  };
  const changeSort = (next: GridSortModel) => {
    setSortModel(next.length ? next : newestFirst);
    setPagination((p) => ({ ...p, page: 0 }));
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, flex: 1, minHeight: 0 }}>
      {/* The selection's action and the list's in one row, so that the list and its record get the height. */}
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <SynchronizeBar selected={targets} ticked={selection.selected.length > 0} label={t('transactions.synchronizeOrder')} regionLabel={t('transactions.selection')}
        refusal={barRefusal} command={(ids) => ({ type: 'synchronizeOrders', keys: keysOf(ids) })} />
        <ExportMenu choices={exportChoices} label={t('exports.exportList', { list: listName })} />
        {/* Every row the filters match, not only the page: one command in the worker. */}
        <SynchronizeAll count={page?.total ?? 0} label={t('workspace.synchronizeAll.matching')}
          question={t('workspace.synchronizeAll.matchingQuestion', { count: formatCount(page?.total ?? 0), list: listName })}
          refusal={refusal.ofAll} sayRefusal={barRefusal === null} command={(cancelId) => ({ type: 'synchronizeMatchingOrders', cancelId, filters: [filter] })} />
      </Stack>
      <TransactionFilters filter={filter} stores={stores} onChange={changeFilter} />
      {/* Beside the record, the list shows its key columns whole: reference, status, date, amount. */}
      <ListRecordSplit screen={kind === 'online' ? 'online-transactions' : 'store-transactions'} listWidth={keyColumnsWidth(columns, 4, { checkboxes: true })} stackedListHeight={420} list={(
        <DataGrid
          rows={page?.rows ?? []}
          rowCount={page?.total ?? 0}
          loading={!page}
          columns={columns}
          getRowId={(r) => keyText(r.status)}
          paginationMode="server"
          paginationModel={pagination}
          onPaginationModelChange={setPagination}
          pageSizeOptions={[25, 50, 100]}
          checkboxSelection
          disableRowSelectionOnClick
          disableRowSelectionExcludeModel
          rowSelectionModel={selection.rowSelectionModel}
          onRowSelectionModelChange={selection.onRowSelectionModelChange}
          onRowClick={({ id }) => focus(String(id))}
          onCellKeyDown={openOnEnter(focus, selection.toggle)}
          disableColumnFilter
          sortingMode="server"
          sortModel={sortModel}
          onSortModelChange={changeSort}
          sortingOrder={['desc', 'asc']}
          density="compact"
          localeText={localeText}
          aria-label={listName}
          {...TWO_LINE_HEADERS}
        />
      )} record={focusedKey ? (
        // Keyed by the transaction: its draft of unsaved values belongs to it alone.
        <TransactionDetails key={focusedId} txKey={focusedKey} storeName={storeNames.get(focusedKey.store) ?? focusedKey.store} tab={tab} onTab={setTab} />
      ) : (
        <Typography color="text.secondary">{t(linkNotFound && record.length ? 'transactions.linkNotFound' : 'transactions.selectHint', { record: record.join(' / ') })}</Typography>
      )} />
    </Box>
  );
}
