import ElectronStore from 'electron-store';
import { ConnectionStore } from '../connector/connection-store';

/** The desktop app's HQ connections, in hq-connections.json under its userData folder (no secrets: the tokens are in their own encrypted files). */
export function openHqConnectionsStore(): ConnectionStore {
  const store = new ElectronStore<{ connections: unknown }>({ name: 'hq-connections', defaults: { connections: [] }, clearInvalidConfig: true });
  return new ConnectionStore({ read: () => store.get('connections'), write: (value) => store.set('connections', value) });
}
