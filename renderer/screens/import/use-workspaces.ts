import { useLiveQuery } from 'dexie-react-hooks';
import { demoWorkspace, type Workspace } from '../../../shared/db/workspace-registry';
import { useServices } from '../../hq/hq-context';

/** The demo, then every imported workspace, newest first; live, so an import or a delete shows at once. */
export function useWorkspaces(): Workspace[] {
  const { registry } = useServices();
  const imported = useLiveQuery(() => registry.workspaces.orderBy('createdAt').reverse().toArray(), [registry]);
  return [demoWorkspace, ...(imported ?? [])];
}
