import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { UploadSessionStatus } from '../../../shared/channel/upload/upload-sessions';
import { useServices } from '../../hq/hq-context';
import { UploadSessionsGrid } from './UploadSessionsGrid';
import { useUrlFilter } from '../../app/use-screen-location';

const statuses = ['all', 'Available', 'Applied', 'Apply failed', 'Canceled'] as const;

export function UploadSessionsScreen() {
  const { t } = useTranslation();
  const { db } = useServices();
  const databases = useLiveQuery(() => db.channelDatabases.toArray(), [db]) ?? [];
  const [status, setStatus] = useUrlFilter<UploadSessionStatus | 'all'>('upload-sessions', 'status', 'all', statuses);
  const [database, setDatabase] = useUrlFilter<string>('upload-sessions', 'database', 'all');
  return (
    <Stack spacing={2} sx={{ flex: 1, minHeight: 0 }}>
      <Typography color="text.secondary">{t('sessions.intro')}</Typography>
      <Stack direction="row" spacing={1.5} component="search">
        <TextField select label={t('jobs.statusColumn')} value={status} onChange={(e) => setStatus(e.target.value as typeof status)} sx={{ minWidth: 180 }}>
          {statuses.map((s) => <MenuItem key={s} value={s}>{s === 'all' ? t('status.all') : t(`sessions.statuses.${s}`)}</MenuItem>)}
        </TextField>
        <TextField select label={t('sessions.channelDatabase')} value={database} onChange={(e) => setDatabase(e.target.value)} sx={{ minWidth: 260 }}>
          <MenuItem value="all">{t('status.all')}</MenuItem>
          {databases.map((d) => <MenuItem key={d.id} value={d.id}>{d.name}</MenuItem>)}
        </TextField>
      </Stack>
      <UploadSessionsGrid status={status} channelDatabaseId={database} />
    </Stack>
  );
}
