import type { Menu, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { ipcEvents, type MenuCommand } from '../../shared/contracts/host-api';
import { appMenuTemplate, installAppMenu, menuCommandTarget, sendMenuCommand } from '../../electron/main/app-menu';

const submenuOf = (item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] =>
  Array.isArray(item?.submenu) ? item.submenu : [];

function fileMenu(platform: NodeJS.Platform, onCommand: (command: MenuCommand) => void = () => undefined) {
  const template = appMenuTemplate({ platform, onCommand });
  return { template, file: submenuOf(template.find((item) => item.label === '&File')) };
}

/** Clicks a template item as Electron would (it passes the item, the window and the event, which the menu ignores). */
function click(item: MenuItemConstructorOptions | undefined): void {
  const handler = item?.click as (() => void) | undefined;
  if (!handler) throw new Error('the item has no click handler');
  handler();
}

describe('the application menu', () => {
  it('has File › Import… on Ctrl/Cmd+O, which sends the import command', () => {
    const onCommand = vi.fn();
    const { file } = fileMenu('linux', onCommand);
    const importItem = file.find((item) => item.id === 'import');
    expect(importItem).toMatchObject({ label: 'Import…', accelerator: 'CmdOrCtrl+O' });
    click(importItem);
    expect(onCommand).toHaveBeenCalledExactlyOnceWith('import');
  });

  it('quits from File on Windows and Linux, and keeps macOS conventions on a Mac', () => {
    const linux = fileMenu('linux');
    expect(linux.file.at(-1)).toEqual({ role: 'quit' });
    expect(linux.template.map((item) => item.role ?? item.label)).toEqual(['&File', 'editMenu', 'viewMenu', 'windowMenu']);
    const mac = fileMenu('darwin');
    expect(mac.file.at(-1)).toEqual({ role: 'close' });
    expect(mac.template.map((item) => item.role ?? item.label)).toEqual(['appMenu', '&File', 'editMenu', 'viewMenu', 'windowMenu']);
  });

  it('installs the template as the application menu', () => {
    const built = { built: true };
    const menu = { buildFromTemplate: vi.fn(() => built), setApplicationMenu: vi.fn() };
    installAppMenu(menu as unknown as Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>, { platform: 'win32', onCommand: () => undefined });
    const installed = (menu.buildFromTemplate.mock.calls[0] as unknown as [MenuItemConstructorOptions[]])[0];
    expect(installed.map((item) => item.role ?? item.label)).toEqual(['&File', 'editMenu', 'viewMenu', 'windowMenu']);
    expect(menu.setApplicationMenu).toHaveBeenCalledWith(built);
  });

  it('sends the command to the window in front, else to the first window, else nowhere', () => {
    expect(menuCommandTarget('front', ['first', 'front'])).toBe('front');
    expect(menuCommandTarget(null, ['first', 'second'])).toBe('first');
    expect(menuCommandTarget(null, [])).toBeNull();
  });

  it('gives the page a user activation, so it may open its file picker, then sends a payload the preload accepts', async () => {
    const calls: unknown[][] = [];
    await sendMenuCommand({
      executeJavaScript: async (code, userGesture) => void calls.push(['executeJavaScript', code, userGesture]),
      send: (channel, payload) => void calls.push(['send', channel, payload]),
    }, 'import');
    expect(calls).toEqual([['executeJavaScript', 'undefined', true], ['send', 'app:menu', { command: 'import' }]]);
    expect(ipcEvents['app:menu'].safeParse(calls[1]?.[2]).success).toBe(true);
  });

  it('still sends the command when the page refuses the script (it is still loading)', async () => {
    const sent: unknown[] = [];
    await sendMenuCommand({ executeJavaScript: () => Promise.reject(new Error('not ready')), send: (_channel, payload) => void sent.push(payload) }, 'import');
    expect(sent).toEqual([{ command: 'import' }]);
  });
});
