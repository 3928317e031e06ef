import { MenuItem, TextField } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { causeList, causeOfList, checkListOf, findingCounts } from '../../../shared/orders/check-data/check-findings';
import type { TransactionFilter } from '../../../shared/orders/transactions-page';
import { useServices } from '../../hq/hq-context';
import { formatCount } from '../../components/format';
import { useCauseLabel } from '../store-financials/use-cause-label';

/**
 * The list by what Check data found (an imported workspace, once it ran): the orders that would
 * fail, those on which HQ's status and the check disagree, or those that would fail for one cause;
 * each with how many of this list's channel it holds.
 */
export function CheckDataFilter({ filter, onChange }: { filter: TransactionFilter; onChange: (f: TransactionFilter) => void }) {
  const { t } = useTranslation();
  const { db, workspace } = useServices();
  const causeLabel = useCauseLabel();
  const counts = useLiveQuery(() => findingCounts(db), [db]);
  if (workspace.kind !== 'import' && !filter.check) return null;
  const countOf = (list: string) => formatCount(counts?.get(list)?.[filter.kind] ?? 0);
  const causes = [...(counts?.keys() ?? [])].flatMap((list) => {
    const cause = causeOfList(list);
    return cause !== null && (counts!.get(list)![filter.kind] > 0 || list === filter.check) ? [cause] : [];
  });
  return (
    <TextField select label={t('checkData.filter')} value={filter.check ?? 'all'} sx={{ minWidth: 240 }}
      onChange={(e) => onChange({ ...filter, check: checkListOf(e.target.value) })}>
      <MenuItem value="all">{t('status.all')}</MenuItem>
      <MenuItem value="fails">{`${t('checkData.verdict.fails')} (${countOf('fails')})`}</MenuItem>
      <MenuItem value="disagrees">{`${t('checkData.disagrees')} (${countOf('disagrees')})`}</MenuItem>
      {causes.map((cause) => (
        <MenuItem key={cause} value={causeList(cause)}>{`${t('checkData.failsFor', { cause: causeLabel(cause) })} (${countOf(causeList(cause))})`}</MenuItem>
      ))}
    </TextField>
  );
}
