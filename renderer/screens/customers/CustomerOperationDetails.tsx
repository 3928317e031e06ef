import { useEffect, useRef, useState } from 'react';
import { Box, Chip, Paper, Tab, Tabs, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { loadOperation } from '../../../shared/customers/async-customer-operation';
import { useServices } from '../../hq/hq-context';
import { LabeledField } from '../../components/LabeledField';
import { AuditTrail } from './AuditTrail';
import { ChangeDescription } from './ChangeDescription';
import { CustomerAttributesGrid } from './CustomerAttributesGrid';
import { CustomerSyncStatusChip } from './CustomerSyncStatusChip';
import { customerErrorText } from './customer-error-text';
import { SynchronizationLogButton } from '../coupled-records/SynchronizationLogButton';
import { useFocusOnArrival } from '../../app/arrival-focus';


/** The selected operation: its status and Last known error, what it changes, the attributes grid and the audit trail. */
export function CustomerOperationDetails({ operationId, channelName }: { operationId: string; channelName: string }) {
  const { t } = useTranslation();
  const { db, host } = useServices();
  const [tab, setTab] = useState(0);
  const [user, setUser] = useState('Administrator');
  useEffect(() => void host.getAppInfo().then((info) => setUser(info.user)), [host]);
  const operation = useLiveQuery(() => loadOperation(db, operationId), [db, operationId]);
  // A link or back/forward that named this operation brings focus here, before its grid and Synchronize.
  const region = useRef<HTMLElement>(null);
  useFocusOnArrival(operationId, region, operation !== undefined);
  if (!operation) return null;
  const { header } = operation;
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('customers.details')} ref={region} tabIndex={-1}>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: 2, mb: 2 }}>
        <LabeledField label={t('transactions.customerAccount')}><Typography>{header.customerAccount ?? '—'}</Typography></LabeledField>
        <LabeledField label={t('customers.retailAsyncOperation')}><Chip size="small" label={t(`customers.operations.${header.operation}`)} /></LabeledField>
        <LabeledField label={t('customers.syncStatus')}><CustomerSyncStatusChip status={header.status} /></LabeledField>
        <LabeledField label={t('customers.asyncCustomerAccount')}><Typography>{header.asyncCustomerAccount ?? '—'}</Typography></LabeledField>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <LabeledField label={t('customers.lastKnownError')}><Typography sx={{ whiteSpace: 'pre-wrap' }}>{header.lastKnownError ? customerErrorText(t, header.lastKnownError) : '—'}</Typography></LabeledField>
        </Box>
        <Box sx={{ gridColumn: '1 / -1' }}>
          <LabeledField label={t('customers.changeDescription')}><ChangeDescription operation={operation} channelName={channelName} /></LabeledField>
        </Box>
      </Box>
      {header.customerAccount && <SynchronizationLogButton customerAccount={header.customerAccount} />}
      <Tabs value={tab} onChange={(_, v: number) => setTab(v)} sx={{ mb: 1.5 }}>
        <Tab label={t('customers.attributesGrid')} />
        <Tab label={t('customers.auditTrail')} />
      </Tabs>
      {tab === 0 ? <CustomerAttributesGrid key={operationId} operation={operation} user={user} /> : <AuditTrail operationId={operationId} />}
    </Paper>
  );
}
