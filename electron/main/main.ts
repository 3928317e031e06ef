import { randomUUID } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, net, powerMonitor, protocol, safeStorage, session, shell } from 'electron';
import { APP_ORIGIN } from '../../shared/contracts/host-api';
import { APP_SCHEME, registerAppProtocol } from './app-protocol';
import { guardNavigation, guardPermissions } from './web-contents-guard';
import { installAppMenu, menuCommandTarget, sendMenuCommand } from './app-menu';
import { DEEP_LINK_SCHEME, deepLinkHash, deepLinkInArgs } from './deep-link';
import { createHostHandlers, registerIpcHandlers } from './ipc-handlers';
import { openSettingsStore } from './settings-store';
import { openRunnerStorage } from './runner-store';
import { JobRunner } from '../../shared/runner/job-runner';
import { localRunnerApi } from '../../shared/runner/local-runner-api';
import { RunDispatcher } from '../../shared/runner/run-dispatcher';
import { askBeforeUnload, LeavePrompts } from './leave-prompt';
import { HqConnector } from '../connector/hq-connector';
import { openHqConnectionsStore } from './hq-connections-store';
import { safeStorageSecrets } from './safe-storage-secrets';
import { openSignInPage } from './sign-in-browser';
import { LOOPBACK_HQ_VARIABLE } from '../connector/loopback-hq';

const RUNNER_TICK_MS = 15_000;
const leavePrompts = new LeavePrompts();

/** The OS account name, which the audit trail records as who edited; it may be unavailable in some sandboxes. */
function currentUser(): string {
  try {
    return os.userInfo().username || 'Administrator';
  } catch {
    return 'Administrator';
  }
}

// This file is bundled to dist/electron/main.cjs, beside preload.cjs and above dist/renderer.
const rendererDir = path.join(__dirname, '../renderer');
const preloadFile = path.join(__dirname, 'preload.cjs');

// Every renderer sandboxed, whatever a window's own options say (must run before 'ready').
app.enableSandbox();

// Must run before 'ready'. standard + secure give app:// a real origin, which IndexedDB,
// module Web Workers and fetch of the app's own files all require.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true } },
]);

// The OS opens sync-console:// links with this app. Run from source (electron .), the OS must
// also be told the script, or it would start Electron's default app instead.
if (process.defaultApp && process.argv[1]) app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, process.execPath, [path.resolve(process.argv[1])]);
else app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);

function createWindow(linkHash = ''): void {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    title: app.getName(),
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A middle click on a link is one more way to ask for a window; the open handler refuses it anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  // Closing or reloading with unsaved values asks first, as a browser would.
  askBeforeUnload(window.webContents, leavePrompts, (options) => dialog.showMessageBoxSync(window, options));
  void window.loadURL(`${APP_ORIGIN}/index.html${linkHash}`);
}

/** Opens a link in the running window (restored and focused), or in a new window when there is none. */
function openLink(hash: string | null): void {
  const [window] = BrowserWindow.getAllWindows();
  if (!window) {
    if (app.isReady()) createWindow(hash ?? '');
    return;
  }
  if (window.isMinimized()) window.restore();
  window.focus();
  if (hash) window.webContents.send('app:openLink', { hash });
}

// macOS hands links to the running app with open-url, also the one that starts it.
let launchLink = deepLinkInArgs(process.argv);
app.on('open-url', (event, url) => {
  event.preventDefault();
  if (app.isReady()) openLink(deepLinkHash(url));
  else launchLink = deepLinkHash(url);
});

// Whatever web contents come to exist, none may open windows, leave the app or embed webviews.
app.on('web-contents-created', (_event, contents) => guardNavigation(contents, shell));

// One instance only: the settings file and the job runner that lives here must have one owner.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // Windows and Linux start a second instance with the link in its arguments: this one opens it.
  app.on('second-instance', (_event, argv) => openLink(deepLinkInArgs(argv)));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  void app.whenReady().then(async () => {
    guardPermissions(session.defaultSession);
    registerAppProtocol(rendererDir, { protocol, net });
    const appInfo = { name: app.getName(), version: app.getVersion(), host: 'electron' as const, platform: process.platform, user: currentUser() };
    // The job runner lives here; its runs are carried out by the renderer's HQ worker, which
    // alone can reach IndexedDB, through the dispatcher.
    const dispatcher = new RunDispatcher();
    const runner = await JobRunner.create({ now: () => new Date(), storage: openRunnerStorage(), dispatch: dispatcher.dispatch });
    runner.subscribe((snapshot) => {
      for (const window of BrowserWindow.getAllWindows()) window.webContents.send('runner:snapshot', snapshot);
    });
    const tick = () => void runner.tick();
    // Once now, for whatever fell due while the app was closed, then on a timer.
    tick();
    setInterval(tick, RUNNER_TICK_MS);
    // After a sleep, due jobs run once now rather than waiting for the next tick.
    powerMonitor.on('resume', tick);
    // The connector to a real HQ lives here too: its tokens never leave this process (docs/security.md).
    const hq = new HqConnector({
      store: openHqConnectionsStore(),
      secrets: safeStorageSecrets(safeStorage, path.join(app.getPath('userData'), 'hq-tokens')),
      openBrowser: openSignInPage(shell),
      allowLoopback: process.env[LOOPBACK_HQ_VARIABLE] === '1',
      newId: randomUUID,
    });
    registerIpcHandlers(ipcMain, createHostHandlers({ appInfo, settings: openSettingsStore(), runner: localRunnerApi(runner), dispatcher, leavePrompts, hq }));
    installAppMenu(Menu, {
      platform: process.platform,
      onCommand: (command) => {
        const target = menuCommandTarget(BrowserWindow.getFocusedWindow(), BrowserWindow.getAllWindows());
        if (target) void sendMenuCommand(target.webContents, command);
      },
    });
    createWindow(launchLink ?? '');
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
  });
}
