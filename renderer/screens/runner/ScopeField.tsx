import { MenuItem, TextField } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import type { OrgScope } from '../../../shared/runner/jobs';

const encode = (scope: OrgScope): string => (scope.kind === 'all' ? 'all' : `${scope.kind}:${scope.id}`);
const decode = (value: string): OrgScope => {
  const [kind, id = ''] = value.split(':');
  return kind === 'region' || kind === 'store' ? { kind, id } : { kind: 'all' };
};

/** A node of "Stores by region": all stores, a region, or one store. */
export function ScopeField({ value, onChange }: { value: OrgScope; onChange: (scope: OrgScope) => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const regions = useLiveQuery(() => db.regions.toArray(), [db]) ?? [];
  const stores = useLiveQuery(() => db.stores.toArray(), [db]) ?? [];
  return (
    <TextField select label={t('jobs.scope')} value={encode(value)} onChange={(e) => onChange(decode(e.target.value))} sx={{ minWidth: 300 }}>
      <MenuItem value="all">{t('jobs.allStores')}</MenuItem>
      {regions.flatMap((r) => [
        <MenuItem key={r.id} value={encode({ kind: 'region', id: r.id })}>{t('jobs.region', { name: r.name })}</MenuItem>,
        ...stores.filter((s) => s.regionId === r.id).map((s) => (
          <MenuItem key={s.id} value={encode({ kind: 'store', id: s.id })} sx={{ pl: 4 }}>{t('jobs.store', { name: s.name })}</MenuItem>
        )),
      ])}
    </TextField>
  );
}
