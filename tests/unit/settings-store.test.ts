import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../shared/contracts/host-api';

// electron-store needs a running Electron; this stands in for the file it keeps, and records
// the options it was opened with.
const disk = vi.hoisted(() => ({ data: {} as unknown, options: {} as Record<string, unknown> }));
vi.mock('electron-store', () => ({
  default: class {
    constructor(options: Record<string, unknown>) {
      disk.options = options;
      if (disk.data === undefined) disk.data = options.defaults;
    }
    get store(): unknown {
      return disk.data;
    }
    set store(value: unknown) {
      disk.data = structuredClone(value);
    }
  },
}));

const { openSettingsStore } = await import('../../electron/main/settings-store');

describe('openSettingsStore', () => {
  beforeEach(() => {
    disk.data = undefined;
  });

  it('starts from the defaults and has electron-store reset a file that is not even JSON', () => {
    expect(openSettingsStore().read()).toEqual(defaultSettings);
    expect(disk.options).toMatchObject({ name: 'settings', defaults: defaultSettings, clearInvalidConfig: true });
  });

  it('persists a valid patch and returns the merged settings', () => {
    const store = openSettingsStore();
    expect(store.update({ lastScreen: 'job-runs' })).toEqual({ ...defaultSettings, lastScreen: 'job-runs' });
    expect(disk.data).toEqual({ ...defaultSettings, lastScreen: 'job-runs' });
    expect(openSettingsStore().read()).toEqual({ ...defaultSettings, lastScreen: 'job-runs' });
  });

  it('refuses an invalid patch and keeps what was stored', () => {
    const store = openSettingsStore();
    store.update({ lastScreen: 'job-runs' });
    expect(() => store.update({ language: 'fr' } as never)).toThrow();
    expect(() => store.update({ theme: 'dark' } as never)).toThrow();
    expect(store.read()).toEqual({ ...defaultSettings, lastScreen: 'job-runs' });
  });

  it.each([
    ['a wrong type', { lastScreen: 12, language: 'en' }],
    ['an unknown language', { lastScreen: 'job-runs', language: 'xx' }],
    ['not an object', 'garbage'],
    ['null', null],
  ])('reads %s on disk as the defaults', (_name, stored) => {
    disk.data = stored;
    expect(openSettingsStore().read()).toEqual(defaultSettings);
  });

  it('remembers where each screen’s split stands, and refuses one out of range or named oddly', () => {
    const store = openSettingsStore();
    expect(store.update({ splits: { 'online-transactions': 48, 'run-history': 70 } }).splits).toEqual({ 'online-transactions': 48, 'run-history': 70 });
    expect(openSettingsStore().read().splits).toEqual({ 'online-transactions': 48, 'run-history': 70 });
    expect(() => store.update({ splits: { 'online-transactions': 140 } })).toThrow();
    expect(() => store.update({ splits: { '../x': 50 } })).toThrow();
    expect(store.read().splits).toEqual({ 'online-transactions': 48, 'run-history': 70 });
  });

  it('fills a setting missing on disk from its default and ignores unknown stored keys', () => {
    disk.data = { lastScreen: 'job-runs', retired: true };
    expect(openSettingsStore().read()).toEqual({ ...defaultSettings, lastScreen: 'job-runs' });
  });
});
