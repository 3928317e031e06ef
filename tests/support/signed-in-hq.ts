// A real-shaped HQ to read, signed in: the OData test server, the test authority, and the connector
// the desktop's main process (and the browser host's server) runs, with one connection signed in.
import { randomUUID } from 'node:crypto';
import { HqConnector } from '../../electron/connector/hq-connector';
import { ConnectionStore } from '../../electron/connector/connection-store';
import { MemorySecrets } from '../../electron/connector/token-cache';
import type { HqReader } from '../../shared/pull/hq-read';
import { startODataTestServer, type ODataTestServer, type ODataTestServerOptions } from './odata-test-server';
import { TestAuthority, TEST_TENANT } from './test-authority';
import { browse, trustingNetworkClient } from './trusting-network';
import { testCertificate } from './tls-certificate';

export interface SignedInHq {
  server: ODataTestServer;
  connector: HqConnector;
  connectionId: string;
  /** The HQ worker's reads, as the page hands them to the connector. */
  read: HqReader;
  stop: () => Promise<void>;
}

export async function signedInHq(options: Omit<ODataTestServerOptions, 'verifyToken'> & { companies: string[]; maxPageSize?: number }): Promise<SignedInHq> {
  const authority = await TestAuthority.start();
  const { cert } = await testCertificate();
  const server = await startODataTestServer({ ...options, verifyToken: authority.verifyToken });
  let stored: unknown = [];
  const connector = new HqConnector({
    store: new ConnectionStore({ read: () => stored, write: (v) => void (stored = v) }), secrets: () => new MemorySecrets(),
    openBrowser: (url) => browse(url, cert).then(() => undefined), allowLoopback: true, newId: randomUUID, networkClient: trustingNetworkClient(cert),
    maxPageSize: options.maxPageSize,
  });
  const { id } = await connector.save(null, {
    name: 'Contoso test', environmentUrl: server.url, tenant: TEST_TENANT, clientId: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', authority: authority.host, companies: options.companies,
  });
  const signedIn = await connector.signIn(id);
  if (!signedIn.ok) throw new Error(`Could not sign in at the test authority: ${signedIn.message}`);
  return {
    server, connector, connectionId: id, read: (request) => connector.read(request),
    stop: async () => {
      await server.stop();
      await authority.stop();
    },
  };
}
