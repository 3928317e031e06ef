import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { JOB_IDS, type JobId, type JobRequest } from '../../../shared/runner/jobs';
import { ChannelDatabaseGroupsField } from './ChannelDatabaseGroupsField';
import { ScopeField } from './ScopeField';

/** A job's default parameters: every channel database group, or all stores. */
export function defaultRequest(jobId: JobId): JobRequest {
  switch (jobId) {
    case 'synchronize-orders':
      return { jobId, scope: { kind: 'all' } };
    case 'synchronize-customers':
    case 'integration-synchronization':
      return { jobId };
    default:
      return { jobId, channelDatabaseGroupIds: null };
  }
}

/** Which job, and what it works on. */
export function JobRequestFields({ value, onChange }: { value: JobRequest; onChange: (request: JobRequest) => void }) {
  const { t } = useTranslation();
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
      <TextField select label={t('jobs.job')} value={value.jobId} sx={{ minWidth: 320 }}
        onChange={(e) => onChange(defaultRequest(e.target.value as JobId))}>
        {JOB_IDS.map((id) => <MenuItem key={id} value={id}>{t(`jobNames.${id}`)}</MenuItem>)}
      </TextField>
      {'scope' in value && <ScopeField value={value.scope} onChange={(scope) => onChange({ ...value, scope })} />}
      {'channelDatabaseGroupIds' in value && (
        <ChannelDatabaseGroupsField value={value.channelDatabaseGroupIds} onChange={(groups) => onChange({ ...value, channelDatabaseGroupIds: groups })} />
      )}
    </Stack>
  );
}
