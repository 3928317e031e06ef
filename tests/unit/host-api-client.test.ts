import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../shared/contracts/host-api';
import { createHostApiClient, type Listen } from '../../electron/preload/host-api-client';

const noEvents: Listen = () => () => undefined;

describe('the preload HostApi client', () => {
  it('invokes the allow-listed channels with one argument each', async () => {
    const invoke = vi.fn(async (channel: string) =>
      channel === 'host:getAppInfo' ? { name: 'Sync Console', version: '0.1.0', host: 'electron', platform: 'linux', user: 'karin' } : defaultSettings,
    );
    const api = createHostApiClient(invoke, noEvents);
    await expect(api.getAppInfo()).resolves.toMatchObject({ host: 'electron' });
    await expect(api.getSettings()).resolves.toEqual(defaultSettings);
    await expect(api.updateSettings({ lastScreen: 'job-runs' })).resolves.toEqual(defaultSettings);
    expect(invoke.mock.calls).toEqual([
      ['host:getAppInfo', undefined],
      ['host:getSettings', undefined],
      ['host:updateSettings', { lastScreen: 'job-runs' }],
    ]);
  });

  it('rejects an answer that does not match the channel schema', async () => {
    const api = createHostApiClient(async () => ({ lastScreen: 7 }), noEvents);
    await expect(api.getSettings()).rejects.toThrow();
    await expect(createHostApiClient(async () => undefined, noEvents).getAppInfo()).rejects.toThrow();
  });

  it('passes a refusal from the main process on as a rejection', async () => {
    const api = createHostApiClient(async () => {
      throw new Error('Refused "host:updateSettings": invalid argument.');
    }, noEvents);
    await expect(api.updateSettings({ lastScreen: 'x' })).rejects.toThrow(/invalid argument/);
  });

  it('passes on valid runner snapshots from main and drops malformed ones', async () => {
    let emit: (payload: unknown) => void = () => undefined;
    const api = createHostApiClient(async () => null, (event, listener) => {
      expect(event).toBe('runner:snapshot');
      emit = listener;
      return () => undefined;
    });
    const seen: unknown[] = [];
    api.runner.onSnapshot((s) => seen.push(s));
    const snapshot = { version: 1, distribution: [], batchJobs: [], executing: ['P-0001'], waiting: [] };
    emit(snapshot);
    emit({ version: 2 });
    expect(seen).toEqual([snapshot]);
  });

  it('passes on the menu\'s commands and drops malformed or unknown ones', () => {
    let emit: (payload: unknown) => void = () => undefined;
    const api = createHostApiClient(async () => null, (event, listener) => {
      expect(event).toBe('app:menu');
      emit = listener;
      return () => (emit = () => undefined);
    });
    const seen: string[] = [];
    const unsubscribe = api.onMenuCommand((command) => seen.push(command));
    emit({ command: 'import' });
    emit({ command: 'format-disk' });
    emit({ command: 'import', extra: true });
    emit('import');
    unsubscribe();
    emit({ command: 'import' });
    expect(seen).toEqual(['import']);
  });

  it('passes on the links the OS opened and drops any that is not a hash of the app', () => {
    let emit: (payload: unknown) => void = () => undefined;
    const api = createHostApiClient(async () => null, (event, listener) => {
      expect(event).toBe('app:openLink');
      emit = listener;
      return () => undefined;
    });
    const seen: string[] = [];
    api.onOpenLink((hash) => seen.push(hash));
    emit({ hash: '#/online-transactions/NOR/W/NOR-W-000059?status=Failed' });
    emit({ hash: 'javascript:alert(1)' });
    emit({ hash: '#/online-transactions/a b' });
    emit({ hash: '#/x', extra: true });
    expect(seen).toEqual(['#/online-transactions/NOR/W/NOR-W-000059?status=Failed']);
  });

  it('carries out dispatched runs and reports their outcome back to main', async () => {
    let emit: (payload: unknown) => void = () => undefined;
    const invoke = vi.fn(async () => null);
    const api = createHostApiClient(invoke, (_event, listener) => ((emit = listener), () => undefined));
    const outcome = { runId: 4, status: 'Ended' as const, counts: null, error: null };
    api.serveRuns(async () => outcome);
    emit({ dispatchId: 9, run: { job: { jobId: 'synchronize-customers' }, trigger: 'schedule', batchJobId: 'b1' } });
    await new Promise((r) => setTimeout(r, 0));
    expect(invoke.mock.calls).toContainEqual(['runner:serveRuns', undefined]);
    expect(invoke.mock.calls).toContainEqual(['runner:runResult', { dispatchId: 9, result: { ok: true, outcome } }]);
  });
});
