import type { MessageCatalog } from '../platform/message-catalog';

/**
 * What a run of Refresh from HQ says beside its counts, as the run keeps it (English, as the engine
 * stores every text); Run history says it in the person's language from this catalog.
 */
export const refreshRunProblems = {
  conflicts: (count: string) => `${count} transaction(s) changed both here and in HQ since the last refresh: this workspace's version is kept, HQ's beside it, and each is flagged.`,
} satisfies MessageCatalog;
