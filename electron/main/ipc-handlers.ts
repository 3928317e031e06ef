// Types only: the wiring takes ipcMain as a parameter so it is unit-tested without Electron.
import type { IpcMain } from 'electron';
import { ipcChannels, type AppInfo } from '../../shared/contracts/host-api';
import type { RunDispatcher } from '../../shared/runner/run-dispatcher';
import { handleIpcMessage, isIpcChannel, type IpcHandlers } from './ipc-guard';
import type { SettingsStore } from './settings-store';
import type { RunnerApi } from '../../shared/runner/runner-api';
import type { LeavePrompts } from './leave-prompt';
import type { HqConnector } from '../connector/hq-connector';
import { hqHandlers } from '../connector/hq-handlers';

export interface MainServices {
  appInfo: AppInfo;
  settings: SettingsStore;
  runner: RunnerApi;
  dispatcher: RunDispatcher;
  /** Each window's words for asking before it closes with unsaved values (leave-prompt.ts). */
  leavePrompts: LeavePrompts;
  /** The connector to a real headquarters (electron/connector): connections, sign-in, the HQ worker's reads. */
  hq: HqConnector;
}

/** The main process side of HostApi. */
export function createHostHandlers({ appInfo, settings, runner, dispatcher, leavePrompts, hq }: MainServices): IpcHandlers {
  const watched = new WeakSet<object>();
  const done = async (work: Promise<void>) => {
    await work;
    return null;
  };
  return {
    'host:getAppInfo': () => appInfo,
    'host:getSettings': () => settings.read(),
    'host:updateSettings': (patch) => settings.update(patch),
    'runner:getSnapshot': () => runner.getSnapshot(),
    'runner:runNow': (job) => runner.runNow(job),
    'runner:runBatchJobNow': ({ id }) => runner.runBatchJobNow(id),
    'runner:createBatchJob': (input) => runner.createBatchJob(input),
    'runner:updateRecurrence': ({ id, recurrence }) => done(runner.updateRecurrence(id, recurrence)),
    'runner:setEnabled': ({ id, enabled }) => done(runner.setEnabled(id, enabled)),
    'runner:deleteBatchJob': ({ id }) => done(runner.deleteBatchJob(id)),
    'runner:setDistributionGroups': ({ jobId, channelDatabaseGroupIds }) => done(runner.setDistributionGroups(jobId, channelDatabaseGroupIds)),
    'runner:serveRuns': (_request, { sender }) => {
      // The latest window to offer its HQ worker carries out the runs; if it goes away, runs it held end in error.
      dispatcher.attach((message) => sender.send('runner:dispatch', message));
      if (!watched.has(sender)) {
        watched.add(sender);
        sender.once('destroyed', () => dispatcher.detach('The window carrying out the run was closed.'));
      }
      return null;
    },
    'runner:runResult': ({ dispatchId, result }) => {
      dispatcher.complete(dispatchId, result);
      return null;
    },
    'host:setLeavePrompt': (prompt, { sender }) => {
      leavePrompts.set(sender, prompt);
      return null;
    },
    ...hqHandlers(hq),
  };
}

/** One ipcMain.handle per allow-listed channel, each behind the guard; no other channel is answered. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: IpcHandlers): void {
  for (const channel of Object.keys(ipcChannels).filter(isIpcChannel)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) =>
      handleIpcMessage(channel, event.senderFrame?.url, args, handlers, { sender: event.sender }));
  }
}
