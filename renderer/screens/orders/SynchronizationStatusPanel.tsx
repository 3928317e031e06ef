import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { SYNCHRONIZED_KINDS, type RetailTransactionOrderStatus } from '../../../shared/orders/order-status';
import { keyOf } from '../../../shared/orders/transaction-entities';
import { familyOfCause, orderErrorFamilies, type OrderErrorFamily } from '../../../shared/orders/order-errors';
import type { ScreenId } from '../../app/screens';
import { locationHash, useHash } from '../../app/hash-location';
import { withBack } from '../../app/BackLink';
import { useServices } from '../../hq/hq-context';
import { HQ_PARAMETERS_ID } from '../../../shared/master-data/master-data';
import { formatDateTimeSeconds } from '../../components/format';
import { LabeledField } from '../../components/LabeledField';
import { StatusChip } from './StatusChip';
import { SynchronizationLog } from './SynchronizationLog';
import { orderErrorText } from './order-error-text';
import { OtherFieldsTable } from './OtherFieldsTable';
import { CheckDataFinding } from './CheckDataFinding';

const fixScreens: Partial<Record<OrderErrorFamily, ScreenId>> = {
  numberSequence: 'number-sequences', paymentService: 'payment-services', accountStructure: 'account-structures', customer: 'customer-sync-status',
};

/**
 * The Synchronization status tab: what happened when HQ tried to make the sales order, how to fix
 * a failure (a screen of HQ's configuration, or Edit for the transaction's own data), and the log
 * of every attempt.
 */
export function SynchronizationStatusPanel({ status, onEdit, canEdit }: { status: RetailTransactionOrderStatus; onEdit: () => void; canEdit: boolean }) {
  const { t } = useTranslation();
  const { db, workspace } = useServices();
  // An imported workspace is an audit of another HQ: its fixes are made there, not here.
  const imported = workspace.kind === 'import';
  const here = useHash();
  // The sequence that ran out opens by name, and the screen offers the way back here.
  const salesOrderSequence = useLiveQuery(async () => (await db.hqParameters.get(HQ_PARAMETERS_ID))?.salesOrderSequence ?? null, [db]);
  const none = t('syncStatus.none');
  const isOrder = SYNCHRONIZED_KINDS.includes(status.orderKind);
  // Every cause the failure has, so fixing one does not merely reveal the next: each with its fix.
  const families = status.Status !== 'Failed' ? []
    : [...new Set(status.ErrorCauses.length ? status.ErrorCauses.map(familyOfCause) : orderErrorFamilies(status.ErrorDetail ?? ''))];
  const fixAction = (family: OrderErrorFamily) => {
    if (family === 'transactionData') return <Button color="inherit" size="small" disabled={!canEdit} onClick={onEdit}>{t('syncStatus.open.transactionData')}</Button>;
    const fixScreen = fixScreens[family];
    return fixScreen && (
      <Button color="inherit" size="small" href={withBack(locationHash(fixScreen, family === 'numberSequence' && salesOrderSequence ? [salesOrderSequence] : []), here)}>
        {t(`syncStatus.open.${family}`)}
      </Button>
    );
  };
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(170px, 1fr))', gap: 2, alignItems: 'start' }}>
      <LabeledField label={t('transactions.pendingOrderStatus')}><StatusChip status={status.Status} orderKind={status.orderKind} /></LabeledField>
      <LabeledField label={t('transactions.salesOrder')}><Typography>{status.SalesId ?? none}</Typography></LabeledField>
      <LabeledField label={t('syncStatus.retryCount')}><Typography>{status.RetryCount}</Typography></LabeledField>
      <LabeledField label={t('syncStatus.modified')}>
        {/* An imported status keeps the time as its export wrote it: shown so when it is no ISO time. */}
        <Typography>{status.modifieddatetime ? (Number.isNaN(Date.parse(status.modifieddatetime)) ? status.modifieddatetime : formatDateTimeSeconds(status.modifieddatetime)) : none}</Typography>
      </LabeledField>
      <LabeledField label={t('syncStatus.manuallyModified')}><Typography>{t(status.ManuallyModified ? 'common.yes' : 'common.no')}</Typography></LabeledField>
      <LabeledField label={t('syncStatus.lastEditUser')}><Typography>{status.LastEditUser ?? none}</Typography></LabeledField>
      {status.Status === 'Editing' && (
        <LabeledField label={t('editingLeft.by')}>
          <Typography>{status.editingBy && status.editingSince ? `${status.editingBy}, ${formatDateTimeSeconds(status.editingSince)}` : t('editingLeft.unknown')}</Typography>
        </LabeledField>
      )}
      <Box sx={{ gridColumn: '1 / -1' }}>
        <LabeledField label={t('syncStatus.orderErrorDetails')}>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{status.ErrorDetail ? orderErrorText(t, status.ErrorDetail) : none}</Typography>
        </LabeledField>
      </Box>
      {!isOrder && <Typography sx={{ gridColumn: '1 / -1' }} color="text.secondary">{t('syncStatus.postedThroughStatement')}</Typography>}
      {isOrder && status.Status === 'None' && (
        <Typography sx={{ gridColumn: '1 / -1' }} color="text.secondary">{t('syncStatus.notTried')}</Typography>
      )}
      {families.map((family) => (
        <Alert key={family} severity="warning" sx={{ gridColumn: '1 / -1' }} action={imported && family !== 'transactionData' ? undefined : fixAction(family)}>
          <AlertTitle>{families.length > 1 ? `${t('syncStatus.howToFix')}: ${t(`workspace.causes.${family}`)}` : t('syncStatus.howToFix')}</AlertTitle>
          {t(imported ? `syncStatus.fixInHq.${family}` : `syncStatus.fix.${family}`)}
        </Alert>
      ))}
      <CheckDataFinding status={status} />
      <Box sx={{ gridColumn: '1 / -1' }}><OtherFieldsTable row={status as unknown as Record<string, unknown>} /></Box>
      {isOrder && (
        <Box sx={{ gridColumn: '1 / -1' }}>
          <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>{t('syncStatus.log')}</Typography>
          <SynchronizationLog txKey={keyOf(status)} />
        </Box>
      )}
    </Box>
  );
}
