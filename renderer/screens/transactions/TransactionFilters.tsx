import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Store } from '../../../shared/domain/organization';
import { PENDING_ORDER_STATUSES } from '../../../shared/domain/order-status';
import type { TransactionFilter } from '../../../shared/queries/transactions-page';

const statuses = ['all', ...PENDING_ORDER_STATUSES] as const;

export const emptyFilter = (kind: TransactionFilter['kind']): TransactionFilter => ({ kind, reference: '', customerAccount: '', status: 'all', storeId: 'all' });

/** The filters store managers search by; the grid's own filter panel is limited to one filter at a time. */
export function TransactionFilters({ filter, stores, onChange }: { filter: TransactionFilter; stores: Store[]; onChange: (f: TransactionFilter) => void }) {
  const { t } = useTranslation();
  const set = (patch: Partial<TransactionFilter>) => onChange({ ...filter, ...patch });
  return (
    <Stack direction="row" spacing={1.5} sx={{ mb: 1.5, flexWrap: 'wrap', rowGap: 1 }} component="search">
      <TextField label={t(filter.kind === 'online' ? 'transactions.channelReferenceId' : 'transactions.receiptNumber')}
        value={filter.reference} onChange={(e) => set({ reference: e.target.value })} type="search" />
      <TextField label={t('transactions.customerAccount')} value={filter.customerAccount} onChange={(e) => set({ customerAccount: e.target.value })} type="search" />
      <TextField select label={t('transactions.pendingOrderStatus')} value={filter.status} sx={{ minWidth: 190 }}
        onChange={(e) => set({ status: e.target.value as TransactionFilter['status'] })}>
        {statuses.map((s) => <MenuItem key={s} value={s}>{t(`status.${s}`)}</MenuItem>)}
      </TextField>
      <TextField select label={t('transactions.store')} value={filter.storeId} sx={{ minWidth: 220 }} onChange={(e) => set({ storeId: e.target.value })}>
        <MenuItem value="all">{t('transactions.allStores')}</MenuItem>
        {stores.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
      </TextField>
      <Button onClick={() => onChange(emptyFilter(filter.kind))}>{t('transactions.clearFilters')}</Button>
    </Stack>
  );
}
