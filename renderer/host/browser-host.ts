import { defaultSettings, settingsSchema, type HostApi, type Settings } from '../../shared/contracts/host-api';

const SETTINGS_KEY = 'sync-console.settings';

/** The HostApi when the renderer runs in a plain browser: settings live in localStorage. */
export function createBrowserHost(storage: Storage = localStorage): HostApi {
  const read = (): Settings => {
    try {
      const parsed = settingsSchema.safeParse({ ...defaultSettings, ...JSON.parse(storage.getItem(SETTINGS_KEY) ?? '{}') });
      return parsed.success ? parsed.data : defaultSettings;
    } catch {
      return defaultSettings;
    }
  };
  return {
    getAppInfo: async () => ({ name: 'Sync Console', version: __APP_VERSION__, host: 'browser', platform: navigator.platform }),
    getSettings: async () => read(),
    updateSettings: async (patch) => {
      const next = settingsSchema.parse({ ...read(), ...patch });
      storage.setItem(SETTINGS_KEY, JSON.stringify(next));
      return next;
    },
  };
}
