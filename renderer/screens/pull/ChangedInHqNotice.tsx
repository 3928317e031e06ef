import { Alert, Button, Stack } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { changedInHqCounts } from '../../../shared/orders/changed-in-hq';
import { useServices } from '../../hq/hq-context';
import { locationHash } from '../../app/hash-location';
import { formatCount } from '../../components/format';

/**
 * On every screen of a pulled workspace, while a refresh has flagged any: how many transactions HQ
 * changed since they were edited here, each list's with a link to it, filtered to them.
 */
export function ChangedInHqNotice() {
  const { t } = useTranslation();
  const { db } = useServices();
  const counts = useLiveQuery(() => changedInHqCounts(db), [db]);
  const total = counts ? counts.online + counts.pos : 0;
  if (!counts || total === 0) return null;
  const lists = [['online', 'online-transactions', 'nav.onlineTransactions'], ['pos', 'store-transactions', 'nav.storeTransactions']] as const;
  return (
    <Alert severity="warning" role="region" aria-label={t('refresh.changedInHqTransactions')} sx={{ mb: 1.5 }}
      action={(
        <Stack direction="row" spacing={1}>
          {lists.filter(([kind]) => counts[kind] > 0).map(([kind, screen, label]) => (
            <Button key={kind} color="inherit" size="small" href={locationHash(screen, [], 'changedInHq=1')}>{`${t(label)} (${formatCount(counts[kind])})`}</Button>
          ))}
        </Stack>
      )}>
      {t('refresh.changedInHqCount', { count: total })}
    </Alert>
  );
}
