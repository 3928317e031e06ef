import { useCallback } from 'react';
import { useServices } from '../../hq/hq-context';
import { confirmUnload } from '../../app/leave-guard';

/**
 * Opens another workspace. The HQ worker serves one database for its whole life (it holds the
 * writer lock on it), so switching means remembering the choice and starting the page again;
 * values typed and not saved are asked about first.
 */
export function useSwitchWorkspace(): (workspaceId: string) => Promise<void> {
  const { host } = useServices();
  return useCallback(async (workspaceId: string) => {
    if (!(await confirmUnload())) return;
    await host.updateSettings({ workspaceId });
    window.location.reload();
  }, [host]);
}
