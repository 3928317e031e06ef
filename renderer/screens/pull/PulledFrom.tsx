import { Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { formatDateTime } from '../../components/format';

/** Where the open workspace was pulled from and when, and when it was last refreshed: read live, so a refresh's end shows at once. */
export function PulledFrom({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { registry } = useServices();
  const from = useLiveQuery(async () => (await registry.workspaces.get(workspaceId))?.pulledFrom ?? null, [registry, workspaceId]);
  if (!from) return null;
  const pulled = t('pull.pulledFrom', { name: from.connectionName, url: from.environmentUrl, at: formatDateTime(from.pulledAt) });
  const refreshed = from.refreshedAt ? t('refresh.lastRefreshed', { at: formatDateTime(from.refreshedAt) }) : t('refresh.notRefreshed');
  return <Typography variant="body2" sx={{ mt: 0.5 }}>{`${pulled}. ${refreshed}`}</Typography>;
}
