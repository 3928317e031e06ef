import { useState } from 'react';
import { Box, Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { Dexie } from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { HqCommand } from '../../../shared/contracts/hq-commands';
import type { ChannelKind } from '../../../shared/domain/organization';
import { familyOfCause, type OrderErrorFamily } from '../../../shared/engine/order-errors';
import type { TransactionFilter } from '../../../shared/queries/transactions-page';
import { failedCustomerOperations, failuresByCause, type CauseGroup } from '../../../shared/queries/workspace-summary';
import { useServices } from '../../hq/hq-context';
import { screenHrefWith } from '../../app/hash-params';
import type { ScreenId } from '../../app/screens';
import { formatCount } from '../../components/format';
import { SynchronizeAll } from '../../components/SynchronizeAll';
import { useCauseLabel } from './use-cause-label';

/** The screen where each configuration family is fixed. */
const FIX_SCREENS: Partial<Record<OrderErrorFamily, ScreenId>> = {
  numberSequence: 'number-sequences', paymentService: 'payment-services', accountStructure: 'account-structures',
};
const LISTS: Record<ChannelKind, ScreenId> = { online: 'online-transactions', pos: 'store-transactions' };
const KINDS: readonly ChannelKind[] = ['online', 'pos'];

const failedWith = (kind: ChannelKind, cause: string): TransactionFilter =>
  ({ kind, reference: '', customerAccount: '', status: 'Failed', storeId: 'all', cause, retriesAbove: null, datePrefix: null });

/** Where the fix of a cause is made: a setup screen, the customers', or the failed transactions themselves (Edit). */
function fixHref(group: CauseGroup): string {
  const family = familyOfCause(group.cause);
  const screen = FIX_SCREENS[family];
  if (screen) return screenHrefWith(screen, {});
  if (family === 'customer') return screenHrefWith('customer-sync-status', { status: 'Failed' });
  return screenHrefWith(LISTS[group.counts.online > 0 ? 'online' : 'pos'], { status: 'Failed', cause: group.cause });
}

/** A group being synchronized stays on screen, with its outcome, after its last order left it. */
interface Kept {
  onStart: () => void;
  onDismiss: () => void;
}

function CauseCard({ group, kept }: { group: CauseGroup; kept: Kept }) {
  const { t } = useTranslation();
  const causeLabel = useCauseLabel();
  const family = familyOfCause(group.cause);
  const label = causeLabel(group.cause);
  const kinds = KINDS.filter((kind) => group.counts[kind] > 0);
  return (
    <Card variant="outlined" component="li" aria-label={label}>
      <CardContent>
        <Typography variant="h6" component="h3">{label}</Typography>
        <Typography variant="body2" color="text.secondary">
          {t('workspace.rootCauses.onlineOrders', { count: group.counts.online, n: formatCount(group.counts.online) })}
          {', '}
          {t('workspace.rootCauses.customerOrders', { count: group.counts.pos, n: formatCount(group.counts.pos) })}
        </Typography>
        <Typography sx={{ mt: 1 }}>{t(`workspace.fix.${family}`)}</Typography>
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
        <Button href={fixHref(group)}>{t(`workspace.openFix.${family}`)}</Button>
        <SynchronizeAll count={group.total} label={t('workspace.synchronizeAll.withCause')}
          question={t('workspace.synchronizeAll.withCauseQuestion', { count: formatCount(group.total), cause: label })}
          command={(batchId) => ({ type: 'synchronizeMatchingOrders', batchId, filters: kinds.map((kind) => failedWith(kind, group.cause)) })} {...kept} />
      </CardActions>
    </Card>
  );
}

/** Customer operations that failed: fixed on Customer synchronization status, synchronized again all at once. */
function CustomerFailuresCard({ count, kept }: { count: number; kept: Kept }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const label = t('workspace.rootCauses.customerOperations');
  const failedIds = async (): Promise<HqCommand> => ({
    type: 'synchronizeCustomerOperations',
    operationIds: (await db.asyncCustomers.where('[status+operationTimestamp]').between(['Failed', Dexie.minKey], ['Failed', Dexie.maxKey]).primaryKeys()).map(String),
  });
  return (
    <Card variant="outlined" component="li" aria-label={label}>
      <CardContent>
        <Typography variant="h6" component="h3">{label}</Typography>
        <Typography variant="body2" color="text.secondary">{t('workspace.rootCauses.operations', { count, n: formatCount(count) })}</Typography>
        <Typography sx={{ mt: 1 }}>{t('workspace.fix.customerOperations')}</Typography>
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
        <Button href={screenHrefWith('customer-sync-status', { status: 'Failed' })}>{t('workspace.openFix.customer')}</Button>
        <SynchronizeAll count={count} label={t('workspace.synchronizeAll.withCause')}
          question={t('workspace.synchronizeAll.customerQuestion', { count: formatCount(count) })} command={failedIds} {...kept} />
      </CardActions>
    </Card>
  );
}

/** Failures by root cause: failed orders grouped by the cause behind their error, then failed customer operations; each with its fix. */
export function FailuresByCause() {
  const { t } = useTranslation();
  const { db } = useServices();
  const live = useLiveQuery(() => failuresByCause(db), [db]);
  const customers = useLiveQuery(() => failedCustomerOperations(db), [db]) ?? 0;
  // Groups whose Synchronize all started: shown (with no failures left) until its outcome is dismissed.
  const [kept, setKept] = useState<ReadonlyMap<string, CauseGroup>>(new Map());
  const [customersKept, setCustomersKept] = useState(false);
  if (!live) return null;
  const groups = [...live, ...[...kept.values()].filter((k) => !live.some((g) => g.cause === k.cause)).map((k) => ({ ...k, counts: { online: 0, pos: 0 }, total: 0 }))];
  const keep = (group: CauseGroup): Kept => ({
    onStart: () => setKept((m) => new Map(m).set(group.cause, group)),
    onDismiss: () => setKept((m) => {
      const next = new Map(m);
      next.delete(group.cause);
      return next;
    }),
  });
  if (groups.length === 0 && customers === 0 && !customersKept) return <Typography color="text.secondary">{t('workspace.rootCauses.none')}</Typography>;
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(440px, 1fr))', gap: 1.5 }} aria-label={t('workspace.rootCauses.title')}>
      {groups.map((group) => <CauseCard key={group.cause} group={group} kept={keep(group)} />)}
      {(customers > 0 || customersKept) && <CustomerFailuresCard count={customers} kept={{ onStart: () => setCustomersKept(true), onDismiss: () => setCustomersKept(false) }} />}
    </Box>
  );
}
