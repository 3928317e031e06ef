import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { PendingOrderStatus } from '../../../shared/domain/transactions';

const colors = { None: 'default', Succeeded: 'success', Failed: 'error' } as const;

export function StatusChip({ status }: { status: PendingOrderStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" variant="outlined" color={colors[status]} label={t(`status.${status}`)} />;
}
