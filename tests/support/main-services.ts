import { defaultSettings, type Settings } from '../../shared/contracts/host-api';
import { JobRunner } from '../../shared/runner/job-runner';
import { localRunnerApi } from '../../shared/runner/local-runner-api';
import { RunDispatcher } from '../../shared/runner/run-dispatcher';
import type { IpcContext } from '../../electron/main/ipc-guard';
import type { MainServices } from '../../electron/main/ipc-handlers';
import type { SettingsStore } from '../../electron/main/settings-store';
import { fakeRunnerDeps } from './fake-runner-deps';
import { LeavePrompts } from '../../electron/main/leave-prompt';
import { HqConnector } from '../../electron/connector/hq-connector';
import { ConnectionStore } from '../../electron/connector/connection-store';
import { MemorySecrets } from '../../electron/connector/token-cache';

export function memorySettings(): SettingsStore {
  let settings: Settings = defaultSettings;
  return { read: () => settings, update: (patch) => (settings = { ...settings, ...patch }) };
}

/** What main wires together, with a real runner and dispatcher over in-memory storage. */
export async function mainServices(): Promise<MainServices> {
  const dispatcher = new RunDispatcher();
  const runner = await JobRunner.create({ ...fakeRunnerDeps().deps, dispatch: dispatcher.dispatch });
  return {
    appInfo: { name: 'Sync Console', version: '1.2.3', host: 'electron', platform: 'linux', user: 'karin' },
    settings: memorySettings(),
    runner: localRunnerApi(runner),
    dispatcher,
    leavePrompts: new LeavePrompts(),
    hq: memoryConnector(),
  };
}

/** A sender (webContents) that records what main sends it, and can be destroyed. */
export function fakeSender() {
  const sent: [string, unknown][] = [];
  let destroyed = () => undefined as void;
  const context: IpcContext = {
    sender: { send: (channel, payload) => void sent.push([channel, payload]), once: (_event, listener) => void (destroyed = listener) },
  };
  return { context, sent, destroy: () => destroyed() };
}

/** The connector over connections kept in memory; it signs in nowhere (its browser opens nothing). */
export function memoryConnector(): HqConnector {
  let stored: unknown = [];
  return new HqConnector({
    store: new ConnectionStore({ read: () => stored, write: (value) => void (stored = value) }),
    secrets: () => new MemorySecrets(), openBrowser: () => Promise.resolve(), allowLoopback: false, newId: () => crypto.randomUUID(),
  });
}
