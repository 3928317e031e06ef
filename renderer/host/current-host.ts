import { HOST_API_GLOBAL, type HostApi, type Settings } from '../../shared/contracts/host-api';
import { createBrowserHost, readBrowserSettings } from './browser-host';

const exposedHost = (): HostApi | undefined => (window as unknown as Record<string, HostApi | undefined>)[HOST_API_GLOBAL];

/** Electron's preload exposes the host on window; in a plain browser the page hosts itself (and its job runner). */
export async function currentHost(): Promise<HostApi> {
  return exposedHost() ?? createBrowserHost();
}

/** The settings, read without starting the host: which workspace to open is known before the HQ worker starts. */
export async function startupSettings(): Promise<Settings> {
  const exposed = exposedHost();
  return exposed ? exposed.getSettings() : readBrowserSettings();
}
