import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SYNCHRONIZED_KINDS, type OrderKind, type PendingOrderStatus } from '../../../shared/orders/order-status';

const colors = { None: 'default', Succeeded: 'success', Failed: 'error', Editing: 'warning' } as const;

/**
 * Pending order status. Synchronize orders leaves cash-and-carry sales (and a register's other
 * transactions) to the statements, so their status would always read None; they say so instead.
 */
export function StatusChip({ status, orderKind }: { status: PendingOrderStatus; orderKind: OrderKind }) {
  const { t } = useTranslation();
  if (!SYNCHRONIZED_KINDS.includes(orderKind)) return <Chip size="small" variant="outlined" label={t('status.postedThroughStatement')} />;
  return <Chip size="small" variant="outlined" color={colors[status]} label={t(`status.${status}`)} />;
}
