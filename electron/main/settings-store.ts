import ElectronStore from 'electron-store';
import { defaultSettings, settingsSchema, type Settings } from '../../shared/contracts/host-api';

export interface SettingsStore {
  read(): Settings;
  /** Validates the patch against the settings schema (unknown keys refused) and returns the merged settings. */
  update(patch: Partial<Settings>): Settings;
}

// A patch may only name known settings; the merged result must be a whole valid Settings.
const mergedSchema = settingsSchema.strict();

/** Whatever is on disk is untrusted (hand edits, older versions): invalid data reads as the defaults. */
function parseStored(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return defaultSettings;
  const parsed = settingsSchema.safeParse({ ...defaultSettings, ...raw });
  return parsed.success ? parsed.data : defaultSettings;
}

/** Settings persisted in settings.json under the app's userData folder. */
export function openSettingsStore(): SettingsStore {
  const store = new ElectronStore<Settings>({
    name: 'settings',
    defaults: defaultSettings,
    // A file that is not even JSON would otherwise throw here and stop the app from starting.
    clearInvalidConfig: true,
  });
  const read = (): Settings => parseStored(store.store);
  return {
    read,
    update(patch) {
      const next = mergedSchema.parse({ ...read(), ...patch });
      store.store = next;
      return next;
    },
  };
}
