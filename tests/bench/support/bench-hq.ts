// The HQ a pull is benched against: the OData test server holding N transactions (5 rows each:
// header, two sales lines, a payment, an order status), the test authority, and the connector the
// browser host's server runs, signed in, mounted on the bench server as /api/hq/ (local-hq-api.ts).
import { randomUUID } from 'node:crypto';
import { HqConnector } from '../../../electron/connector/hq-connector';
import { ConnectionStore } from '../../../electron/connector/connection-store';
import { localHqApi } from '../../../electron/connector/local-hq-api';
import { MemorySecrets } from '../../../electron/connector/token-cache';
import { startODataTestServer } from '../../support/odata-test-server';
import { TestAuthority, TEST_TENANT } from '../../support/test-authority';
import { browse, trustingNetworkClient } from '../../support/trusting-network';
import { testCertificate } from '../../support/tls-certificate';
import type { PullTarget } from '../page/bench-api';

const FIRST_DAY = '2026-09-01';
const DAYS = 14;
const ROWS_PER_TRANSACTION = 5;

export async function benchHq(transactions: number) {
  const authority = await TestAuthority.start();
  const { cert } = await testCertificate();
  const server = await startODataTestServer({ transactions, companies: ['usrt'], firstDay: FIRST_DAY, days: DAYS, verifyToken: authority.verifyToken });
  let stored: unknown = [];
  const connector = new HqConnector({
    store: new ConnectionStore({ read: () => stored, write: (v) => void (stored = v) }), secrets: () => new MemorySecrets(),
    openBrowser: (url) => browse(url, cert).then(() => undefined), allowLoopback: true, newId: randomUUID, networkClient: trustingNetworkClient(cert),
  });
  const { id } = await connector.save(null, {
    name: 'Bench HQ', environmentUrl: server.url, tenant: TEST_TENANT, clientId: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', authority: authority.host, companies: ['usrt'],
  });
  const signedIn = await connector.signIn(id);
  if (!signedIn.ok) throw new Error(`The bench could not sign in to its test authority: ${signedIn.message}`);
  const last = new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + (DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  const target: PullTarget = { connectionId: id, environmentUrl: server.url, companies: ['usrt'], from: FIRST_DAY, to: last, rows: transactions * ROWS_PER_TRANSACTION };
  return {
    api: localHqApi(connector), target, requests: () => server.requests.length,
    stop: async () => {
      await server.stop();
      await authority.stop();
    },
  };
}
