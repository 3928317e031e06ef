import { Typography } from '@mui/material';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { PulledFrom as PulledFromEntry } from '../../../shared/db/workspace-registry';
import { formatCount, formatDateTime } from '../../components/format';

/** Where a pulled workspace was read from and when it last was: "Last refreshed … from Contoso (https://…)", or pulled and not refreshed yet. */
function pulledFromText(t: TFunction, from: PulledFromEntry): string {
  const source = { name: from.connectionName, url: from.environmentUrl };
  return from.refreshedAt
    ? t('pull.lastRefreshed', { ...source, at: formatDateTime(from.refreshedAt) })
    : t('pull.notRefreshed', { ...source, at: formatDateTime(from.pulledAt) });
}

/** What the last refresh did, or nothing before the first. */
function lastRefreshText(t: TFunction, from: PulledFromEntry): string | null {
  const counts = from.lastRefresh;
  if (!counts) return null;
  return t('pull.lastRefreshCounts', { updated: formatCount(counts.updated), added: formatCount(counts.added), conflicts: formatCount(counts.conflicts) });
}

/** A pulled workspace's source and last refresh, a line each, as the workspaces table and the open workspace's banner show them. */
export function PulledFrom({ from, variant = 'body2' }: { from: PulledFromEntry; variant?: 'body2' | 'inherit' }) {
  const { t } = useTranslation();
  const counts = lastRefreshText(t, from);
  return (
    <>
      <Typography variant={variant} component="span" sx={{ display: 'block' }}>{pulledFromText(t, from)}</Typography>
      {counts && <Typography variant={variant} component="span" sx={{ display: 'block' }}>{counts}</Typography>}
    </>
  );
}
