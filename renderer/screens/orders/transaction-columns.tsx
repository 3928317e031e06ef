import type { GridColDef } from '@mui/x-data-grid';
import type { TFunction } from 'i18next';
import type { ChannelKind } from '../../../shared/configuration/organization';
import type { TransactionRow } from '../../../shared/orders/transactions-page';
import { formatMoney, formatTransDateTime } from '../../components/format';
import { StatusChip } from './StatusChip';

/** The list's columns: what HQ's Online store transactions and Store transactions show of each header and its status. */
export function transactionColumns(kind: ChannelKind, storeNames: ReadonlyMap<string, string>, t: TFunction): GridColDef<TransactionRow>[] {
  const reference: GridColDef<TransactionRow> = kind === 'online'
    ? { field: 'reference', headerName: t('transactions.channelReferenceId'), width: 140, valueGetter: (_v, row) => row.header.ChannelReferenceId }
    : { field: 'reference', headerName: t('transactions.receiptNumber'), width: 150, valueGetter: (_v, row) => row.header.receiptId };
  // Only a register records both kinds: cash-and-carry sales (posted through statements) and customer orders.
  const type: GridColDef<TransactionRow>[] = kind === 'pos'
    ? [{ field: 'type', headerName: t('transactions.transactionType'), width: 140,
      valueGetter: (_v, row) => (row.header.type ? t(`transactions.types.${row.header.type}`, { defaultValue: row.header.type }) : '') }]
    : [];
  // The key columns first (which order, its status, when, how much): beside the open record the list shows these whole.
  const columns: GridColDef<TransactionRow>[] = [
    reference,
    // Room for the register's long "Posted through statement" chip; online orders never carry it.
    { field: 'Status', headerName: t('transactions.pendingOrderStatus'), width: kind === 'pos' ? 190 : 150,
      renderCell: ({ row }) => <StatusChip status={row.status.Status} orderKind={row.status.orderKind} /> },
    { field: 'date', headerName: t('transactions.date'), width: 145, valueGetter: (_v, row) => formatTransDateTime(row.header.transDate, row.header.transTime) },
    { field: 'grossAmount', headerName: t('transactions.grossAmount'), width: 120, align: 'right', headerAlign: 'right',
      valueGetter: (_v, row) => formatMoney(row.header.grossAmount, row.header.currency) },
    { field: 'custAccount', headerName: t('transactions.customerAccount'), width: 105, valueGetter: (_v, row) => row.header.custAccount },
    ...type,
    { field: 'CustAccountAsync', headerName: t('transactions.asyncCustomerAccount'), width: 130, valueGetter: (_v, row) => row.header.CustAccountAsync },
    { field: 'store', headerName: t('transactions.store'), flex: 1, minWidth: 110, valueGetter: (_v, row) => storeNames.get(row.status.store) ?? row.status.store },
    { field: 'terminal', headerName: t('transactions.register'), width: 75, valueGetter: (_v, row) => row.status.terminal },
    { field: 'SalesId', headerName: t('transactions.salesOrder'), width: 130, valueGetter: (_v, row) => row.status.SalesId },
  ];
  // Only the date and time sorts: it is the index the lists page through at 100,000 rows.
  return columns.map((c) => ({ ...c, sortable: c.field === 'date' }));
}
