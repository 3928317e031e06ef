import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { SYNCHRONIZED_KINDS, type OrderKind, type PendingOrderStatus } from '../../../shared/orders/order-status';

const colors: Readonly<Record<string, 'default' | 'success' | 'error' | 'warning' | 'info'>> = {
  None: 'default', Succeeded: 'success', Failed: 'error', PendingSynchronization: 'info', Editing: 'warning',
};

/**
 * Pending order status: a member of HQ's enum, or, in an imported workspace, what the export wrote
 * where HQ's enum has no such member (shown as written). Synchronize orders leaves cash-and-carry sales (and a register's other
 * transactions) to the statements, so their status would always read None; they say so instead.
 */
export function StatusChip({ status, orderKind }: { status: PendingOrderStatus | string; orderKind: OrderKind }) {
  const { t } = useTranslation();
  if (!SYNCHRONIZED_KINDS.includes(orderKind)) return <Chip size="small" variant="outlined" label={t('status.postedThroughStatement')} />;
  return <Chip size="small" variant="outlined" color={colors[status] ?? 'default'} label={t(`status.${status}`, { defaultValue: status })} />;
}
