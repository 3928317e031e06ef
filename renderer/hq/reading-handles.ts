import { HqDatabase } from '../../shared/db/hq-database';
import { refuseWrites } from '../../shared/db/refuse-writes';
import { WorkspaceRegistry } from '../../shared/db/workspace-registry';

/**
 * The window's own handles on its databases: screens read through them (live queries, pages,
 * exports) and change anything only by a command to the HQ worker, the single writer. Each refuses
 * every write (shared/db/refuse-writes.ts), so a screen that wrote would fail at once, not race the worker.
 */
export const readingHqDatabase = (databaseName: string): HqDatabase => refuseWrites(new HqDatabase(databaseName));

export const readingWorkspaceRegistry = (): WorkspaceRegistry => refuseWrites(new WorkspaceRegistry());
