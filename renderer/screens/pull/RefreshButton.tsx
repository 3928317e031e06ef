import { Button, type ButtonProps } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/db/workspace-registry';
import { useServices } from '../../hq/hq-context';
import { workspaceName } from '../../app/workspace-name';
import { useRefreshSession } from './refresh-session';

/**
 * Refresh for a workspace pulled from HQ (nothing for any other, nor in a window that cannot reach
 * HQ): one refresh at a time, its progress and outcome shown above every screen (RefreshStatus).
 */
export function RefreshButton({ workspace, ...props }: { workspace: Workspace } & Pick<ButtonProps, 'color' | 'variant' | 'sx'>) {
  const { t } = useTranslation();
  const { host } = useServices();
  const session = useRefreshSession();
  if (!workspace.pulledFrom || !host.hq) return null;
  return (
    <Button size="small" {...props} disabled={session.phase.kind === 'pulling'} onClick={() => session.start(workspace)}
      aria-label={t('refresh.refreshNamed', { name: workspaceName(t, workspace) })}>
      {t('refresh.refresh')}
    </Button>
  );
}
