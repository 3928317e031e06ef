import { Alert, AlertTitle, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { RetailTransactionOrderStatus } from '../../../shared/orders/order-status';
import { keyTuple } from '../../../shared/orders/transaction-entities';
import { useServices } from '../../hq/hq-context';
import { formatDateTime } from '../../components/format';
import { useCauseLabel } from '../store-financials/use-cause-label';
import { StatusChip } from './StatusChip';
import { orderErrorText } from './order-error-text';

/**
 * What Check data found for this transaction, beside what HQ exported (never in it): whether it
 * would fail and for which causes, with the texts Synchronize orders would write, and where it and
 * HQ's status disagree. Nothing when the check found nothing to say.
 */
export function CheckDataFinding({ status }: { status: RetailTransactionOrderStatus }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const causeLabel = useCauseLabel();
  const finding = useLiveQuery(() => db.dataCheckFindings.get(keyTuple(status)), [db, status]);
  if (!finding) return null;
  return (
    <Alert severity={finding.disagreement ? 'warning' : 'info'} sx={{ gridColumn: '1 / -1' }} role="region" aria-label={t('checkData.title')}>
      <AlertTitle>{`${t('checkData.title')}: ${t(`checkData.verdict.${finding.verdict}`)}`}</AlertTitle>
      {finding.disagreement && (
        <Typography sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
          {t(`checkData.disagreement.${finding.disagreement}`)}
          <StatusChip status={finding.hqStatus} orderKind={status.orderKind} />
        </Typography>
      )}
      {finding.causes.length > 0 && <Typography>{t('checkData.causes', { causes: finding.causes.map(causeLabel).join(', ') })}</Typography>}
      {finding.details && <Typography sx={{ whiteSpace: 'pre-wrap', mt: 0.5 }}>{orderErrorText(t, finding.details)}</Typography>}
      <Typography variant="caption" color="text.secondary">{t('checkData.checkedAt', { time: formatDateTime(finding.checkedAt) })}</Typography>
    </Alert>
  );
}
