import { TableCell, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { keyText, keyTuple, type TransactionKey } from '../../../shared/orders/transaction-entities';
import { useServices } from '../../hq/hq-context';
import { formatDateTimeSeconds } from '../../components/format';
import { OutlinedTable } from '../../components/OutlinedTable';
import { orderErrorText } from './order-error-text';
import { KEY_INDEX } from '../../../shared/db/retail-transaction-tables';

/** Every attempt to make this transaction's sales order, by a job run or a person, newest first. */
export function SynchronizationLog({ txKey }: { txKey: TransactionKey }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const text = keyText(txKey);
  const attempts = useLiveQuery(
    async () => (await db.orderSyncLog.where(KEY_INDEX).equals(keyTuple(txKey)).sortBy('id')).reverse(),
    [db, text], // the key's text stands for the key
  );
  if (!attempts) return null;
  if (attempts.length === 0) return <Typography color="text.secondary">{t('syncStatus.noAttempts')}</Typography>;
  const columns = [{ label: t('syncStatus.logTime') }, { label: t('syncStatus.logTrigger') }, { label: t('syncStatus.logOutcome') }, { label: t('syncStatus.logMessage') }];
  return (
    <OutlinedTable label={t('syncStatus.log')} columns={columns}>
      {attempts.map((a) => (
        <TableRow key={a.id}>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTimeSeconds(a.at)}</TableCell>
          <TableCell sx={{ whiteSpace: 'nowrap' }}>{a.trigger === 'job' && a.runId !== null ? t('syncStatus.jobRun', { id: a.runId }) : t('syncStatus.manual')}</TableCell>
          <TableCell>{t(`status.${a.outcome}`)}</TableCell>
          <TableCell sx={{ whiteSpace: 'pre-wrap' }}>{a.message ? orderErrorText(t, a.message) : ''}</TableCell>
        </TableRow>
      ))}
    </OutlinedTable>
  );
}
