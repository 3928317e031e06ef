import { Checkbox, FormControlLabel, FormGroup } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';

/** The channel database groups a distribution job serves; null means all of them. */
export function ChannelDatabaseGroupsField({ value, onChange, disabled }: { value: string[] | null; onChange: (groups: string[] | null) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const groups = useLiveQuery(() => db.channelDatabaseGroups.toArray(), [db]) ?? [];
  const chosen = value ?? groups.map((g) => g.id);
  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((g) => g !== id) : [...chosen, id];
    onChange(next.length === groups.length ? null : next);
  };
  return (
    <FormGroup row role="group" aria-label={t('jobs.groups')}>
      {groups.map((g) => (
        <FormControlLabel key={g.id} label={g.name} disabled={disabled}
          control={<Checkbox size="small" checked={chosen.includes(g.id)} onChange={() => toggle(g.id)} />} />
      ))}
    </FormGroup>
  );
}
