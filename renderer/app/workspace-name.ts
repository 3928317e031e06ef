import type { TFunction } from 'i18next';
import type { Workspace } from '../../shared/db/workspace-registry';

/** A workspace's name as the UI shows it: the built-in demo's in the UI's language, an import's as it was named. */
export const workspaceName = (t: TFunction, workspace: Pick<Workspace, 'kind' | 'name'>): string =>
  workspace.kind === 'demo' ? t('imports.demoName') : workspace.name;
