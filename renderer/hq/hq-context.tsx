import { createContext, useContext, type ReactNode } from 'react';
import type { HqDatabase } from '../../shared/db/hq-database';
import type { HostApi } from '../../shared/contracts/host-api';
import type { Workspace, WorkspaceRegistry } from '../../shared/db/workspace-registry';
import type { HqClient } from './hq-client';

export interface Services {
  /** Read model: the UI reads IndexedDB directly with liveQuery and never writes to it. */
  db: HqDatabase;
  /** Write side: every change is a command to the HQ worker. */
  hq: HqClient;
  host: HostApi;
  /** The workspace on screen: the demo HQ or an imported one. */
  workspace: Workspace;
  /** Every imported workspace, for switching and for the import's report. */
  registry: WorkspaceRegistry;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
