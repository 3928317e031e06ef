import { Dexie, type EntityTable } from 'dexie';
import { HQ_DATABASE_NAME, type HqDatabase } from './hq-database';
import type { ImportReport } from '../import/import-types';
import type { PullRequest } from '../pull/pull-request';
import type { PullUnderWay } from '../pull/pull-under-way';
import type { RefreshCounts } from '../pull/refresh-counts';

/**
 * A workspace: the demo HQ, or what one import brought in, each in an IndexedDB database of its
 * own behind the same schema, so every screen works on either and an import never mixes into
 * the demo.
 */
export interface Workspace {
  id: string;
  /** As people pick it: the file(s) and the time of import. */
  name: string;
  kind: 'demo' | 'import';
  databaseName: string;
  createdAt: string;
  sourceFiles: string[];
  /** What the import read, took and refused; null for the demo. */
  report: ImportReport | null;
  /** What it was imported from (import/content-hash.ts), so the same files are not imported twice without asking; absent for the demo and for imports made before it was kept. */
  contentHash?: string;
  /** A workspace pulled from a real HQ over OData: from where, and when it was last read from there. Absent for files. */
  pulledFrom?: PulledFrom;
}

export interface PulledFrom {
  connectionId: string;
  connectionName: string;
  environmentUrl: string;
  /** When it was pulled (ISO). */
  pulledAt: string;
  /** What was asked of HQ: a refresh asks it again, for what changed. */
  request: PullRequest;
  /** The next refresh reads the rows HQ changed from this time on (ISO): when the last pull or refresh began, less a margin for clocks. */
  changesSince: string;
  /** The last refresh that ended (ISO), and what it did; null until one has. */
  refreshedAt: string | null;
  lastRefresh: RefreshCounts | null;
}

export const DEMO_WORKSPACE_ID = 'demo';
export const demoWorkspace: Workspace = {
  id: DEMO_WORKSPACE_ID, name: 'Demo headquarters (USRT)', kind: 'demo', databaseName: HQ_DATABASE_NAME, createdAt: '', sourceFiles: [], report: null,
};

export const WORKSPACE_REGISTRY_NAME = 'sync-console-workspaces';
/** Imported workspaces' databases are named after their id, so the registry and the data can always be matched up. */
export const workspaceDatabaseName = (id: string): string => `sync-console-workspace-${id}`;

/** The list of imported workspaces (the demo is always there and is not stored), and the pulls and refreshes under way. */
export class WorkspaceRegistry extends Dexie {
  workspaces!: EntityTable<Workspace, 'id'>;
  /** A pull or refresh while it runs; one the app closed on stays, and is offered again (pull/pull-under-way.ts). Read back through its zod schema. */
  pullsUnderWay!: EntityTable<PullUnderWay, 'id'>;

  constructor(options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    super(WORKSPACE_REGISTRY_NAME, options);
    this.version(1).stores({ workspaces: 'id, createdAt' });
    // A new table only: nothing of version 1 changes.
    this.version(2).stores({ pullsUnderWay: 'id' });
  }
}

/** What an import needs besides its files: the registry it enters the workspace in, and how to open and delete a database by name. */
export interface ImportDeps {
  registry: WorkspaceRegistry;
  open: (databaseName: string) => HqDatabase;
  remove: (databaseName: string) => Promise<void>;
}

/** A workspace by id: the demo, an imported one, or null when it is gone (deleted, or never finished). */
export async function findWorkspace(registry: WorkspaceRegistry, id: string): Promise<Workspace | null> {
  if (id === DEMO_WORKSPACE_ID) return demoWorkspace;
  return (await registry.workspaces.get(id)) ?? null;
}
