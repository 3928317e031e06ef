import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HqTransaction } from '../../../shared/domain/transactions';
import { orderErrorFamily } from '../../../shared/engine/order-errors';
import { screenHref, type ScreenId } from '../../app/screens';
import { formatDateTimeSeconds } from '../../components/format';
import { LabeledField } from '../../components/LabeledField';
import { StatusChip } from './StatusChip';

const fixScreens: Record<string, ScreenId> = {
  numberSequence: 'number-sequences', paymentService: 'payment-services', accountStructure: 'account-structures', customer: 'customer-sync-status',
};


/** The Synchronization status tab: what happened when HQ tried to make the sales order, and how to fix a failure. */
export function SynchronizationStatusPanel({ transaction }: { transaction: HqTransaction }) {
  const { t } = useTranslation();
  const none = t('syncStatus.none');
  const family = transaction.orderErrorDetails ? orderErrorFamily(transaction.orderErrorDetails) : null;
  const fixScreen = family ? fixScreens[family] : undefined;
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(4, minmax(140px, auto))', gap: 2, alignItems: 'start' }}>
      <LabeledField label={t('transactions.pendingOrderStatus')}><StatusChip status={transaction.pendingOrderStatus} /></LabeledField>
      <LabeledField label={t('transactions.salesOrder')}><Typography>{transaction.salesOrderId ?? none}</Typography></LabeledField>
      <LabeledField label={t('syncStatus.retryCount')}><Typography>{transaction.retryCount}</Typography></LabeledField>
      <LabeledField label={t('syncStatus.modified')}>
        <Typography>{transaction.syncModifiedAt ? formatDateTimeSeconds(transaction.syncModifiedAt) : none}</Typography>
      </LabeledField>
      <Box sx={{ gridColumn: '1 / -1' }}>
        <LabeledField label={t('syncStatus.orderErrorDetails')}>
          <Typography sx={{ whiteSpace: 'pre-wrap' }}>{transaction.orderErrorDetails ?? none}</Typography>
        </LabeledField>
      </Box>
      {transaction.pendingOrderStatus === 'None' && (
        <Typography sx={{ gridColumn: '1 / -1' }} color="text.secondary">{t('syncStatus.notTried')}</Typography>
      )}
      {family && transaction.pendingOrderStatus === 'Failed' && (
        <Alert severity="warning" sx={{ gridColumn: '1 / -1' }}
          action={fixScreen && <Button color="inherit" size="small" href={screenHref(fixScreen)}>{t(`syncStatus.open.${family}`)}</Button>}>
          <AlertTitle>{t('syncStatus.howToFix')}</AlertTitle>
          {t(`syncStatus.fix.${family}`)}
        </Alert>
      )}
    </Box>
  );
}
