import { Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { AsyncOperation } from '../../../shared/customers/async-customer-operation';
import { operationFieldRows } from './operation-fields';
import { customerErrorText } from './customer-error-text';
import { operationValueText } from './attribute-value-text';
import { term } from '../../i18n/terms';

/** What the operation was: a customer creation, an account update (and what it changes), or a synchronization failure. */
export function ChangeDescription({ operation, channelName }: { operation: AsyncOperation; channelName: string }) {
  const { t } = useTranslation();
  const { header } = operation;
  const changed = operationFieldRows(operation).filter((r) => r.oldValue !== r.newValue);
  const what = header.operation === 'Create'
    ? t('customers.describeCreate', { name: header.name, channel: channelName, async: header.asyncCustomerAccount })
    : t('customers.describeUpdate', { account: header.customerAccount, channel: channelName, changes: changed.map((r) => `${term(t, r.label)}: ${operationValueText(t, r.field, r.oldValue) || '—'} → ${operationValueText(t, r.field, r.newValue) || '—'}`).join('; ') || t('customers.noChanges') });
  const outcome = header.status === 'Succeeded'
    ? t(header.operation === 'Create' ? 'customers.describeCreated' : 'customers.describeUpdated', { account: header.customerAccount })
    : header.status === 'Failed' ? t('customers.describeFailure', { error: customerErrorText(t, header.lastKnownError ?? '') }) : t('customers.describePending');
  return (
    <>
      <Typography>{what}</Typography>
      <Typography color={header.status === 'Failed' ? 'error' : 'text.secondary'}>{outcome}</Typography>
    </>
  );
}
