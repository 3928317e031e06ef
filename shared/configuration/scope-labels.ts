import type { MessageCatalog } from '../platform/message-catalog';

/**
 * How a run's scope reads in the history, as the run keeps it: English, like every text the engine
 * stores (Run history's search finds a run by these words). The UI says it in the user's language
 * through matchMessage, old runs and new alike.
 */
export const scopeLabels = {
  allStores: () => 'Stores by region',
  region: (name: string) => `Region ${name}`,
  store: (name: string) => `Store ${name}`,
  allGroups: () => 'All channel database groups',
  groups: (names: string) => `Channel database groups: ${names}`,
  headquarters: () => 'Headquarters',
  /** A job that works on one workspace (Refresh from HQ), by the workspace's name. */
  workspace: (name: string) => `Workspace ${name}`,
} satisfies MessageCatalog;
