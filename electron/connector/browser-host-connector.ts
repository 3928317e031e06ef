import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConnectionStore } from './connection-store';
import { HqConnector } from './hq-connector';
import { LOOPBACK_HQ_VARIABLE } from './loopback-hq';
import { MemorySecrets } from './token-cache';

/** Where the browser host keeps its connections (no secrets): SYNC_CONSOLE_DATA_DIR, else ~/.sync-console. */
export const DATA_DIR_VARIABLE = 'SYNC_CONSOLE_DATA_DIR';

/** A JSON file written whole (to a temporary file, then renamed), so a crash never leaves half of one. */
function jsonFile(file: string) {
  return {
    read: (): unknown => {
      try {
        return JSON.parse(readFileSync(file, 'utf8'));
      } catch {
        return [];
      }
    },
    write: (value: unknown) => {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      writeFileSync(`${file}.tmp`, JSON.stringify(value, null, 2), { mode: 0o600 });
      renameSync(`${file}.tmp`, file);
    },
  };
}

/**
 * The connector the browser host's local server runs: the same module as the desktop app's, its
 * connections in a file of the person's, its tokens in this process's memory only (no keychain
 * here: the person signs in again when the server restarts). The sign-in page is opened by the
 * page (local-hq-api.ts), so the default way to open one is refused.
 */
export function browserHostConnector(env: NodeJS.ProcessEnv = process.env): HqConnector {
  const folder = env[DATA_DIR_VARIABLE] || path.join(os.homedir(), '.sync-console');
  const secrets = new Map<string, MemorySecrets>();
  return new HqConnector({
    store: new ConnectionStore(jsonFile(path.join(folder, 'hq-connections.json'))),
    secrets: (id) => secrets.get(id) ?? secrets.set(id, new MemorySecrets()).get(id)!,
    openBrowser: () => Promise.reject(new Error('The browser host opens the sign-in page from the page.')),
    allowLoopback: env[LOOPBACK_HQ_VARIABLE] === '1',
    newId: randomUUID,
  });
}
