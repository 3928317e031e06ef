import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { JOB_IDS, type JobId, type JobRequest } from '../../../shared/runner/jobs';
import { ChannelDatabaseGroupsField } from './ChannelDatabaseGroupsField';
import { ScopeField } from './ScopeField';
import { PulledWorkspaceField } from './PulledWorkspaceField';

/** A job's default parameters: every channel database group, or all stores. */
export function defaultRequest(jobId: JobId): JobRequest {
  switch (jobId) {
    case 'synchronize-orders':
      return { jobId, scope: { kind: 'all' } };
    case 'synchronize-customers':
    case 'integration-synchronization':
      return { jobId };
    case 'refresh-from-hq':
      // No workspace until the person chooses one (PulledWorkspaceField): requestReady says so.
      return { jobId, workspaceId: '' };
    default:
      return { jobId, channelDatabaseGroupIds: null };
  }
}

/** Whether the request names all it needs to run: a refresh, its workspace. */
export const requestReady = (request: JobRequest): boolean => !('workspaceId' in request) || request.workspaceId !== '';

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
      {'workspaceId' in value && <PulledWorkspaceField value={value.workspaceId} onChange={(workspaceId) => onChange({ ...value, workspaceId })} />}
    </Stack>
  );
}
