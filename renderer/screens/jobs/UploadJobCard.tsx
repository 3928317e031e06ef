import { useState } from 'react';
import { Checkbox, FormControlLabel, FormGroup, FormLabel } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { JobCard } from './JobCard';

export function UploadJobCard() {
  const { t } = useTranslation();
  const { db } = useServices();
  const groups = useLiveQuery(() => db.channelDatabaseGroups.toArray(), [db]) ?? [];
  const [unchecked, setUnchecked] = useState<Set<string>>(new Set());
  const chosen = groups.filter((g) => !unchecked.has(g.id)).map((g) => g.id);
  const toggle = (id: string) => setUnchecked((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
  return (
    <JobCard title={t('jobs.upload')} help={t('jobs.uploadHelp')} command={{ type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: chosen }, trigger: 'manual', batchJobId: null }}>
      <FormGroup row aria-label={t('jobs.groups')}>
        <FormLabel sx={{ mr: 2, alignSelf: 'center' }}>{t('jobs.groups')}</FormLabel>
        {groups.map((g) => (
          <FormControlLabel key={g.id} label={g.name} control={<Checkbox checked={!unchecked.has(g.id)} onChange={() => toggle(g.id)} />} />
        ))}
      </FormGroup>
    </JobCard>
  );
}
