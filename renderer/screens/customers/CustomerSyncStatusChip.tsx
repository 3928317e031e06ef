import { Chip } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { CustomerSyncStatus } from '../../../shared/customers/customers';

const colors = { Pending: 'default', Succeeded: 'success', Failed: 'error' } as const;

export function CustomerSyncStatusChip({ status }: { status: CustomerSyncStatus }) {
  const { t } = useTranslation();
  return <Chip size="small" variant="outlined" color={colors[status]} label={t(`customers.statuses.${status}`)} />;
}
