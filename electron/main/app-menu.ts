// Types only: the menu is built from a plain template and installed through a Menu passed in,
// so what it holds and what its commands send are unit-tested without Electron.
import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { IpcEventPayload, MenuCommand } from '../../shared/contracts/host-api';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** Carries a command to the renderer, which does the work (main has no UI of its own). */
  onCommand: (command: MenuCommand) => void;
}

/**
 * The application menu: File › Import… opens the renderer's Import screen and its file picker;
 * the rest are Electron's standard roles, so editing keys, zoom, full screen and window handling
 * behave as on every desktop app. The labels are English: i18next lives in the renderer.
 */
export function appMenuTemplate({ platform, onCommand }: AppMenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { id: 'import', label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => onCommand('import') },
      { type: 'separator' },
      // On macOS, Quit lives in the app menu and File closes the window, as the platform expects.
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  };
  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, { role: 'editMenu' }, { role: 'viewMenu' }, { role: 'windowMenu' }];
}

/** Where a menu command goes: the window in front, else the app's first window; none when every window is closed. */
export function menuCommandTarget<W>(focused: W | null, all: readonly W[]): W | null {
  return focused ?? all[0] ?? null;
}

/** The part of a window's webContents a menu command needs. */
export interface MenuCommandTarget {
  executeJavaScript(code: string, userGesture: boolean): Promise<unknown>;
  send(channel: 'app:menu', payload: IpcEventPayload<'app:menu'>): void;
}

/**
 * Sends a menu command on its event, shaped by the contract the preload validates it against.
 * A page may open a file picker only just after a user gesture in it, and a click in the native
 * menu is not one: running an empty script as a user gesture first gives the page that
 * activation (for a few seconds), so File › Import… opens the picker at once.
 */
export async function sendMenuCommand(contents: MenuCommandTarget, command: MenuCommand): Promise<void> {
  // A page still loading may refuse the script; the command still goes, and the Import screen focuses Choose files instead.
  await contents.executeJavaScript('undefined', true).catch(() => undefined);
  contents.send('app:menu', { command });
}

export function installAppMenu(menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>, options: AppMenuOptions): void {
  menu.setApplicationMenu(menu.buildFromTemplate(appMenuTemplate(options)));
}
