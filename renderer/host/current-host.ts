import { HOST_API_GLOBAL, type HostApi } from '../../shared/contracts/host-api';
import { createBrowserHost } from './browser-host';

/** Electron's preload exposes the host on window; in a plain browser the page hosts itself. */
export async function currentHost(): Promise<HostApi> {
  const exposed = (window as unknown as Record<string, HostApi | undefined>)[HOST_API_GLOBAL];
  return exposed ?? createBrowserHost();
}
