// A self-signed certificate for localhost and 127.0.0.1, made once per test process with the
// openssl command (Debian's openssl package): what the test authority serves https with, and what a
// test that must be trusted names as its certificate authority (NODE_EXTRA_CA_CERTS for the browser
// host's server, `ca` for a client in the test process). Anything else sees it for what it is: a
// certificate no one vouches for, which the connector refuses.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestCertificate {
  keyFile: string;
  certFile: string;
  key: string;
  cert: string;
}

let made: TestCertificate | null = null;

export function testCertificate(): Promise<TestCertificate> {
  if (!made) {
    const dir = mkdtempSync(path.join(tmpdir(), 'sync-console-tls-'));
    const keyFile = path.join(dir, 'localhost-key.pem');
    const certFile = path.join(dir, 'localhost-cert.pem');
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '2', '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-addext', 'basicConstraints=critical,CA:TRUE',
    ], { stdio: 'pipe' });
    made = { keyFile, certFile, key: readFileSync(keyFile, 'utf8'), cert: readFileSync(certFile, 'utf8') };
  }
  return Promise.resolve(made);
}
