import { useCallback } from 'react';
import { useServices } from '../../hq/hq-context';

/**
 * Opens another workspace. The HQ worker serves one database for its whole life (it holds the
 * writer lock on it), so switching means remembering the choice and starting the page again.
 */
export function useSwitchWorkspace(): (workspaceId: string) => Promise<void> {
  const { host } = useServices();
  return useCallback(async (workspaceId: string) => {
    await host.updateSettings({ workspaceId });
    window.location.reload();
  }, [host]);
}
