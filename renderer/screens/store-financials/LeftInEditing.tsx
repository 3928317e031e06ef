import { Link, TableCell, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { leftInEditing } from '../../../shared/store-financials/left-in-editing';
import { useServices } from '../../hq/hq-context';
import { locationHash } from '../../app/hash-location';
import { OutlinedTable } from '../../components/OutlinedTable';
import { formatDateTimeSeconds } from '../../components/format';
import { transactionRecord } from '../orders/transaction-location';

const SHOWN = 20;

/**
 * Left in Editing: the transactions every job skips until someone selects Finish editing, oldest
 * first, each with who set Editing and when, and a link to it. Shown only while there are any.
 */
export function LeftInEditing() {
  const { t } = useTranslation();
  const { db } = useServices();
  const rows = useLiveQuery(() => leftInEditing(db, SHOWN), [db]);
  if (!rows?.length) return null;
  return (
    <section aria-labelledby="left-in-editing-title">
      <Typography id="left-in-editing-title" variant="h6" component="h2" sx={{ mb: 0.5 }}>{t('editingLeft.title')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('editingLeft.intro')}</Typography>
      <OutlinedTable label={t('editingLeft.title')}
        columns={[{ label: t('editingLeft.transaction') }, { label: t('editingLeft.list') }, { label: t('editingLeft.by') }, { label: t('editingLeft.since') }]}>
        {rows.map((row) => (
          <TableRow key={`${row.key.store}/${row.key.terminal}/${row.key.transactionId}`}>
            <TableCell>
              <Link href={locationHash(row.channelKind === 'online' ? 'online-transactions' : 'store-transactions', transactionRecord(row.key), 'status=Editing')}>{row.reference}</Link>
            </TableCell>
            <TableCell>{t(row.channelKind === 'online' ? 'nav.onlineTransactions' : 'nav.storeTransactions')}</TableCell>
            <TableCell>{row.editingBy ?? t('editingLeft.unknown')}</TableCell>
            <TableCell>{row.editingSince ? formatDateTimeSeconds(row.editingSince) : t('editingLeft.unknown')}</TableCell>
          </TableRow>
        ))}
      </OutlinedTable>
    </section>
  );
}
