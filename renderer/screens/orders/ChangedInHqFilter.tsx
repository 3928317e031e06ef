import { Checkbox, FormControlLabel } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { changedInHqCounts } from '../../../shared/orders/changed-in-hq';
import type { TransactionFilter } from '../../../shared/orders/transactions-page';
import { useServices } from '../../hq/hq-context';
import { formatCount } from '../../components/format';

/**
 * The list by what a refresh flagged (a workspace pulled from HQ): only the transactions HQ changed
 * since they were edited here, with how many of this list's channel there are.
 */
export function ChangedInHqFilter({ filter, onChange }: { filter: TransactionFilter; onChange: (f: TransactionFilter) => void }) {
  const { t } = useTranslation();
  const { db, workspace } = useServices();
  const counts = useLiveQuery(() => changedInHqCounts(db), [db]);
  if (!workspace.pulledFrom && !filter.changedInHq) return null;
  return (
    <FormControlLabel sx={{ alignSelf: 'center' }}
      control={<Checkbox checked={filter.changedInHq === true} onChange={(e) => onChange({ ...filter, changedInHq: e.target.checked ? true : null })} />}
      label={`${t('refresh.changedInHqFilter')} (${formatCount(counts?.[filter.kind] ?? 0)})`} />
  );
}
