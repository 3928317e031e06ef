import { Button, Chip, MenuItem, Stack, TextField } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Store } from '../../../shared/configuration/organization';
import { PENDING_ORDER_STATUSES } from '../../../shared/orders/order-status';
import type { TransactionFilter } from '../../../shared/orders/transactions-page';
import { failuresByCause } from '../../../shared/store-financials/workspace-summary';
import { countsOf } from '../../../shared/db/kept-counts';
import { useServices } from '../../hq/hq-context';
import { formatCount, formatDayOrHour } from '../../components/format';
import { useCauseLabel } from '../store-financials/use-cause-label';
import { CheckDataFilter } from './CheckDataFilter';
import { ChangedInHqFilter } from './ChangedInHqFilter';

/**
 * The statuses to filter by: every Pending order status of HQ, and in an imported workspace any
 * other the export wrote (kept as written), read from the list's kept counts.
 */
function useStatuses(kind: TransactionFilter['kind'], current: string): string[] {
  const { db } = useServices();
  const present = useLiveQuery(async () => (await countsOf(db, 'RetailTransactionOrderStatus'))
    .filter((c) => c.count > 0 && c.group[0] === kind).map((c) => c.group[2]!), [db, kind]) ?? [];
  return [...new Set<string>(['all', ...PENDING_ORDER_STATUSES, ...present, current])];
}

export const emptyFilter = (kind: TransactionFilter['kind']): TransactionFilter => ({ kind, reference: '', customerAccount: '', status: 'all', storeId: 'all', cause: null, retriesAbove: null, datePrefix: null, check: null, changedInHq: null });

/** The filters store managers search by; the grid's own filter panel is limited to one filter at a time. */
export function TransactionFilters({ filter, stores, onChange }: { filter: TransactionFilter; stores: Store[]; onChange: (f: TransactionFilter) => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const causeLabel = useCauseLabel();
  const statuses = useStatuses(filter.kind, filter.status);
  const causes = (useLiveQuery(() => failuresByCause(db), [db]) ?? []).filter((c) => c.counts[filter.kind] > 0 || c.cause === filter.cause);
  const set = (patch: Partial<TransactionFilter>) => onChange({ ...filter, ...patch });
  return (
    <Stack direction="row" spacing={1.5} sx={{ mb: 1.5, flexWrap: 'wrap', rowGap: 1 }} component="search">
      <TextField label={t(filter.kind === 'online' ? 'transactions.channelReferenceId' : 'transactions.receiptNumber')}
        value={filter.reference} onChange={(e) => set({ reference: e.target.value })} type="search" />
      <TextField label={t('transactions.customerAccount')} value={filter.customerAccount} onChange={(e) => set({ customerAccount: e.target.value })} type="search" />
      <TextField select label={t('transactions.pendingOrderStatus')} value={filter.status} sx={{ minWidth: 190 }}
        onChange={(e) => set({ status: e.target.value as TransactionFilter['status'] })}>
        {statuses.map((s) => <MenuItem key={s} value={s}>{t(`status.${s}`, { defaultValue: s })}</MenuItem>)}
      </TextField>
      {filter.status === 'Failed' && (
        <TextField select label={t('workspace.filters.cause')} value={filter.cause ?? 'all'} sx={{ minWidth: 260 }}
          onChange={(e) => set({ cause: e.target.value === 'all' ? null : e.target.value })}>
          <MenuItem value="all">{t('status.all')}</MenuItem>
          {causes.map((c) => <MenuItem key={c.cause} value={c.cause}>{`${causeLabel(c.cause)} (${formatCount(c.counts[filter.kind])})`}</MenuItem>)}
        </TextField>
      )}
      <CheckDataFilter filter={filter} onChange={onChange} />
      <ChangedInHqFilter filter={filter} onChange={onChange} />
      <TextField select label={t('transactions.store')} value={filter.storeId} sx={{ minWidth: 220 }} onChange={(e) => set({ storeId: e.target.value })}>
        <MenuItem value="all">{t('transactions.allStores')}</MenuItem>
        {stores.map((s) => <MenuItem key={s.id} value={s.id}>{s.name}</MenuItem>)}
      </TextField>
      <TextField type="number" label={t('workspace.filters.retriesAbove')} helperText={t('workspace.filters.retriesAboveHelp')} sx={{ width: 280 }}
        value={filter.retriesAbove ?? ''} slotProps={{ htmlInput: { min: 0, step: 1 } }}
        onChange={(e) => {
          const n = Number.parseInt(e.target.value, 10);
          set({ retriesAbove: Number.isInteger(n) && n >= 0 ? n : null });
        }} />
      {filter.datePrefix && (
        <Chip sx={{ alignSelf: 'center' }} label={t('workspace.filters.date', { date: formatDayOrHour(filter.datePrefix) })}
          onDelete={() => set({ datePrefix: null })} />
      )}
      <Button onClick={() => onChange(emptyFilter(filter.kind))}>{t('transactions.clearFilters')}</Button>
    </Stack>
  );
}
