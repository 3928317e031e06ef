import { useState } from 'react';
import { Box, Button, Card, CardActions, CardContent, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { ChannelKind } from '../../../shared/configuration/organization';
import { familyOfCause, type OrderErrorFamily } from '../../../shared/orders/order-errors';
import type { TransactionFilter } from '../../../shared/orders/transactions-page';
import { causeList } from '../../../shared/orders/check-data/check-findings';
import { customerFailuresByCause, failedOperationIdsWithCause, failuresByCause, type CauseGroup, type CustomerCauseGroup } from '../../../shared/store-financials/workspace-summary';
import { useServices } from '../../hq/hq-context';
import { screenHrefWith } from '../../app/hash-location';
import type { ScreenId } from '../../app/screens';
import { formatCount } from '../../components/format';
import { SynchronizeAll } from '../../components/SynchronizeAll';
import { useCauseLabel } from './use-cause-label';
import { useCustomerCauseLabel } from './use-customer-cause-label';

/** The screen where each configuration family is fixed. */
const FIX_SCREENS: Partial<Record<OrderErrorFamily, ScreenId>> = {
  numberSequence: 'number-sequences', paymentService: 'payment-services', accountStructure: 'account-structures',
};
const LISTS: Record<ChannelKind, ScreenId> = { online: 'online-transactions', pos: 'store-transactions' };
const KINDS: readonly ChannelKind[] = ['online', 'pos'];

const failedWith = (kind: ChannelKind, cause: string): TransactionFilter =>
  ({ kind, reference: '', customerAccount: '', status: 'Failed', storeId: 'all', cause, retriesAbove: null, datePrefix: null, check: null });

/** Where the fix of a cause is made: a setup screen, the customers', or the failed transactions themselves (Edit). */
function fixHref(group: CauseGroup): string {
  const family = familyOfCause(group.cause);
  const screen = FIX_SCREENS[family];
  if (screen) return screenHrefWith(screen, {});
  if (family === 'customer') return screenHrefWith('customer-sync-status', { status: 'Failed' });
  if (group.total === 0) return screenHrefWith(LISTS[group.checked.online > 0 ? 'online' : 'pos'], { check: causeList(group.cause) });
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
          {/* Beside Check data's counts, these are named as HQ's. */}
          {group.checkedTotal > 0 && `${t('checkData.hq')}: `}
          {t('workspace.rootCauses.onlineOrders', { count: group.counts.online, n: formatCount(group.counts.online) })}
          {', '}
          {t('workspace.rootCauses.customerOrders', { count: group.counts.pos, n: formatCount(group.counts.pos) })}
        </Typography>
        {/* Beside HQ's own failures, what Check data finds would fail for the same cause (an imported workspace). */}
        {group.checkedTotal > 0 && (
          <Typography variant="body2" color="text.secondary">
            {t('checkData.rootCause', {
              online: t('workspace.rootCauses.onlineOrders', { count: group.checked.online, n: formatCount(group.checked.online) }),
              pos: t('workspace.rootCauses.customerOrders', { count: group.checked.pos, n: formatCount(group.checked.pos) }),
            })}
          </Typography>
        )}
        <Typography sx={{ mt: 1 }}>{t(`workspace.fix.${family}`)}</Typography>
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
        <Button href={fixHref(group)}>{t(`workspace.openFix.${family}`)}</Button>
        {group.checkedTotal > 0 && (
          <Button href={screenHrefWith(LISTS[group.checked.online > 0 ? 'online' : 'pos'], { check: causeList(group.cause) })}>{t('checkData.listCause')}</Button>
        )}
        <SynchronizeAll count={group.total} label={t('workspace.synchronizeAll.withCause')}
          question={t('workspace.synchronizeAll.withCauseQuestion', { count: formatCount(group.total), cause: label })}
          command={(cancelId) => ({ type: 'synchronizeMatchingOrders', cancelId, filters: kinds.map((kind) => failedWith(kind, group.cause)) })} {...kept} />
      </CardActions>
    </Card>
  );
}

/** Customer operations that failed with one cause: fixed on Customer synchronization status (or the number sequence), synchronized again all at once. */
function CustomerCauseCard({ group, kept }: { group: CustomerCauseGroup; kept: Kept }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const label = useCustomerCauseLabel()(group.cause);
  const sequence = group.cause === 'numberSequence';
  return (
    <Card variant="outlined" component="li" aria-label={label}>
      <CardContent>
        <Typography variant="h6" component="h3">{label}</Typography>
        <Typography variant="body2" color="text.secondary">{t('workspace.rootCauses.operations', { count: group.count, n: formatCount(group.count) })}</Typography>
        <Typography sx={{ mt: 1 }}>{t(sequence ? 'workspace.fix.customerSequence' : 'workspace.fix.customerOperations')}</Typography>
      </CardContent>
      <CardActions sx={{ flexWrap: 'wrap', gap: 1, alignItems: 'flex-start' }}>
        <Button href={sequence ? screenHrefWith('number-sequences', {}) : screenHrefWith('customer-sync-status', { status: 'Failed' })}>
          {t(sequence ? 'workspace.openFix.numberSequence' : 'workspace.openFix.customer')}
        </Button>
        <SynchronizeAll count={group.count} label={t('workspace.synchronizeAll.withCause')}
          question={t('workspace.synchronizeAll.customerQuestion', { count: formatCount(group.count), cause: label })}
          command={async (cancelId) => ({ type: 'synchronizeCustomerOperations', cancelId, operationIds: await failedOperationIdsWithCause(db, group.cause) })} {...kept} />
      </CardActions>
    </Card>
  );
}

/** The live groups, and those whose Synchronize all started, shown with nothing left until their outcome is dismissed. */
function useKeptGroups<G extends { cause: string }>(live: readonly G[] | undefined, emptied: (group: G) => G) {
  const [kept, setKept] = useState<ReadonlyMap<string, G>>(new Map());
  const groups = live && [...live, ...[...kept.values()].filter((k) => !live.some((g) => g.cause === k.cause)).map(emptied)];
  const keep = (group: G): Kept => ({
    onStart: () => setKept((m) => new Map(m).set(group.cause, group)),
    onDismiss: () => setKept((m) => {
      const next = new Map(m);
      next.delete(group.cause);
      return next;
    }),
  });
  return { groups, keep };
}

/** Failures by root cause: failed orders grouped by the cause behind their error, then failed customer operations; each with its fix. */
export function FailuresByCause() {
  const { t } = useTranslation();
  const { db } = useServices();
  const orders = useKeptGroups(useLiveQuery(() => failuresByCause(db), [db]), (g) => ({ ...g, counts: { online: 0, pos: 0 }, total: 0, checked: { online: 0, pos: 0 }, checkedTotal: 0 }));
  const customers = useKeptGroups(useLiveQuery(() => customerFailuresByCause(db), [db]), (g) => ({ ...g, count: 0 }));
  if (!orders.groups || !customers.groups) return null;
  if (orders.groups.length === 0 && customers.groups.length === 0) return <Typography color="text.secondary">{t('workspace.rootCauses.none')}</Typography>;
  return (
    <Box component="ul" sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(440px, 1fr))', gap: 1.5 }} aria-label={t('workspace.rootCauses.title')}>
      {orders.groups.map((group) => <CauseCard key={group.cause} group={group} kept={orders.keep(group)} />)}
      {customers.groups.map((group) => <CustomerCauseCard key={`customer:${group.cause}`} group={group} kept={customers.keep(group)} />)}
    </Box>
  );
}
