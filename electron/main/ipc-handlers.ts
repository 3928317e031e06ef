// Types only: the wiring takes ipcMain as a parameter so it is unit-tested without Electron.
import type { IpcMain } from 'electron';
import { ipcChannels, type AppInfo } from '../../shared/contracts/host-api';
import { handleIpcMessage, isIpcChannel, type IpcHandlers } from './ipc-guard';
import type { SettingsStore } from './settings-store';

/** The main process side of HostApi. */
export function createHostHandlers(appInfo: AppInfo, settings: SettingsStore): IpcHandlers {
  return {
    'host:getAppInfo': () => appInfo,
    'host:getSettings': () => settings.read(),
    'host:updateSettings': (patch) => settings.update(patch),
  };
}

/** One ipcMain.handle per allow-listed channel, each behind the guard; no other channel is answered. */
export function registerIpcHandlers(ipcMain: Pick<IpcMain, 'handle'>, handlers: IpcHandlers): void {
  for (const channel of Object.keys(ipcChannels).filter(isIpcChannel)) {
    ipcMain.handle(channel, (event, ...args: unknown[]) => handleIpcMessage(channel, event.senderFrame?.url, args, handlers));
  }
}
