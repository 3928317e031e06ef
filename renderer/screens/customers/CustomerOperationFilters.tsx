import { Button, MenuItem, Stack, TextField } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CORE_FIELDS } from '../../../shared/customers/customers';
import { CORE_FIELD_LABELS } from '../../../shared/customers/customer-rules';
import type { CustomerOperationFilter } from '../../../shared/customers/customer-operations';
import { useServices } from '../../hq/hq-context';
import { term } from '../../i18n/terms';

export const emptyOperationFilter: CustomerOperationFilter = { field: 'name', value: '', status: 'all' };
const statuses = ['all', 'Pending', 'Succeeded', 'Failed'] as const;

/** Filter the operations by any customer field and value, and by status. */
export function CustomerOperationFilters({ filter, onChange }: { filter: CustomerOperationFilter; onChange: (f: CustomerOperationFilter) => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const attributes = useLiveQuery(() => db.customerAttributeDefinitions.toArray(), [db]) ?? [];
  const fields = [
    ['channelName', t('customers.channelName')], ['customerAccount', t('transactions.customerAccount')], ['asyncCustomerAccount', t('customers.asyncCustomerAccount')],
    ...CORE_FIELDS.map((f) => [f, term(t, CORE_FIELD_LABELS[f])]), ...attributes.map((a) => [`attribute:${a.name}`, term(t, a.name)]),
  ] as const;
  return (
    <Stack direction="row" spacing={1.5} sx={{ mb: 1.5, flexWrap: 'wrap', rowGap: 1 }} component="search">
      <TextField select label={t('customers.field')} value={filter.field} sx={{ minWidth: 220 }}
        onChange={(e) => onChange({ ...filter, field: e.target.value as CustomerOperationFilter['field'] })}>
        {fields.map(([value, label]) => <MenuItem key={value} value={value}>{label}</MenuItem>)}
      </TextField>
      <TextField type="search" label={t('customers.value')} helperText={t('customers.valueHelp')} value={filter.value} onChange={(e) => onChange({ ...filter, value: e.target.value })} />
      <TextField select label={t('customers.syncStatus')} value={filter.status} sx={{ minWidth: 230 }}
        onChange={(e) => onChange({ ...filter, status: e.target.value as CustomerOperationFilter['status'] })}>
        {statuses.map((s) => <MenuItem key={s} value={s}>{t(`customers.statuses.${s}`)}</MenuItem>)}
      </TextField>
      <Button onClick={() => onChange(emptyOperationFilter)}>{t('transactions.clearFilters')}</Button>
    </Stack>
  );
}
