import { defaultSettings, settingsSchema, type HostApi, type Settings } from '../../shared/contracts/host-api';
import { JobRunner, type RunnerStorage } from '../../shared/runner/job-runner';
import { localRunnerApi } from '../../shared/runner/local-runner-api';
import { RunDispatcher } from '../../shared/runner/run-dispatcher';
import type { RunExecutor, RunnerApi } from '../../shared/runner/runner-api';
import { browserHqApi } from './browser-hq-api';

const SETTINGS_KEY = 'sync-console.settings';
const RUNNER_KEY = 'sync-console.runner';
const RUNNER_TICK_MS = 15_000;

function readJson(storage: Storage, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? 'null');
  } catch {
    return null;
  }
}

/** The browser host's settings as stored, or the defaults: readable before the host (and its runner) starts. */
export function readBrowserSettings(storage: Storage = localStorage): Settings {
  const parsed = settingsSchema.safeParse({ ...defaultSettings, ...(readJson(storage, SETTINGS_KEY) as object | null) });
  return parsed.success ? parsed.data : defaultSettings;
}

/**
 * The HostApi when the renderer runs in a plain browser: the page hosts the job runner itself
 * (ticking while the page is open, and once when it becomes visible again after a sleep), and
 * settings and schedules live in localStorage.
 */
export async function createBrowserHost(storage: Storage = localStorage): Promise<HostApi> {
  const read = () => readBrowserSettings(storage);
  const runnerStorage: RunnerStorage = {
    load: async () => readJson(storage, RUNNER_KEY),
    save: async (state) => storage.setItem(RUNNER_KEY, JSON.stringify(state)),
  };
  const dispatcher = new RunDispatcher();
  const runner = await JobRunner.create({ now: () => new Date(), storage: runnerStorage, dispatch: dispatcher.dispatch });
  const tick = () => void runner.tick();
  // Once now, for whatever fell due while the page was closed, then on a timer.
  tick();
  setInterval(tick, RUNNER_TICK_MS);
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && tick());
  const runnerApi: RunnerApi = localRunnerApi(runner);

  return {
    // A browser tells a page nothing of its user; edits are audited under this name.
    getAppInfo: async () => ({ name: 'Sync Console', version: __APP_VERSION__, host: 'browser', platform: navigator.platform, user: 'Administrator' }),
    getSettings: async () => read(),
    updateSettings: async (patch) => {
      const next = settingsSchema.parse({ ...read(), ...patch });
      storage.setItem(SETTINGS_KEY, JSON.stringify(next));
      return next;
    },
    runner: runnerApi,
    serveRuns: (executor: RunExecutor) =>
      dispatcher.attach(({ dispatchId, run }) =>
        executor(run).then(
          (outcome) => dispatcher.complete(dispatchId, { ok: true, outcome }),
          (error: unknown) => dispatcher.complete(dispatchId, { ok: false, error: error instanceof Error ? error.message : String(error) }),
        )),
    // A browser page has no application menu: File › Import… is the Import screen's own button here.
    onMenuCommand: () => () => undefined,
    // A link into the app is a URL with a hash here: the browser opens it, and hashchange does the rest.
    onOpenLink: () => () => undefined,
    // The page's beforeunload makes the browser ask, in its own words.
    setLeavePrompt: () => undefined,
    hq: browserHqApi(),
  };
}
