import { describe, expect, it, vi } from 'vitest';
import { guardNavigation, guardPermissions, isVettedExternalLink, permissionGranted, type GuardedContents } from '../../electron/main/web-contents-guard';

type NavigationListener = (event: { url: string; preventDefault(): void }) => void;

function fakeContents() {
  let openHandler: (details: { url: string }) => { action: 'deny' } = () => ({ action: 'deny' });
  const listeners = new Map<string, NavigationListener>();
  const contents: GuardedContents = {
    setWindowOpenHandler: (handler) => void (openHandler = handler),
    on: (event: string, listener: NavigationListener) => void listeners.set(event, listener),
  };
  const shell = { openExternal: vi.fn(async () => undefined) };
  guardNavigation(contents, shell);
  const navigate = (event: string, url: string) => {
    const preventDefault = vi.fn();
    listeners.get(event)!({ url, preventDefault });
    return preventDefault.mock.calls.length > 0 ? 'refused' : 'allowed';
  };
  return { open: (url: string) => openHandler({ url }), navigate, shell, listeners };
}

describe('permissions', () => {
  const everyPermission = ['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read',
    'display-capture', 'hid', 'serial', 'usb', 'idle-detection', 'persistent-storage', 'window-management', 'unknown', 'keyboardLock', 'speaker-selection'];

  it('denies every permission but writing to the clipboard, and that only to the app', () => {
    for (const permission of everyPermission) expect(permissionGranted(permission, 'app://sync-console/index.html'), permission).toBe(false);
    expect(permissionGranted('clipboard-sanitized-write', 'app://sync-console/index.html')).toBe(true);
    expect(permissionGranted('clipboard-sanitized-write', 'app://sync-console')).toBe(true);
    for (const origin of ['https://example.com', 'app://sync-console.evil', 'file:///index.html', '', null, undefined]) {
      expect(permissionGranted('clipboard-sanitized-write', origin), String(origin)).toBe(false);
    }
  });

  it('installs deny-by-default handlers for requests and checks on the session', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    guardPermissions(session as unknown as Parameters<typeof guardPermissions>[0]);
    const [request] = session.setPermissionRequestHandler.mock.calls[0]! as [(c: unknown, p: string, cb: (granted: boolean) => void, d: { requestingUrl: string }) => void];
    const [check] = session.setPermissionCheckHandler.mock.calls[0]! as [(c: unknown, p: string, origin: string) => boolean];
    const answers: boolean[] = [];
    request(null, 'media', (granted) => answers.push(granted), { requestingUrl: 'app://sync-console/index.html' });
    request(null, 'clipboard-sanitized-write', (granted) => answers.push(granted), { requestingUrl: 'https://example.com/' });
    request(null, 'clipboard-sanitized-write', (granted) => answers.push(granted), { requestingUrl: 'app://sync-console/index.html' });
    expect(answers).toEqual([false, false, true]);
    expect(check(null, 'notifications', 'app://sync-console')).toBe(false);
    expect(check(null, 'clipboard-sanitized-write', 'app://sync-console')).toBe(true);
  });
});

describe('navigation and new windows', () => {
  it('vets external links: https to a listed host only', () => {
    expect(isVettedExternalLink('https://learn.microsoft.com/en-us/dynamics365/commerce/')).toBe(true);
    for (const url of ['http://learn.microsoft.com/', 'https://learn.microsoft.com.evil.example/', 'https://user@learn.microsoft.com/', 'https://learn.microsoft.com:8443/',
      'https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'smb://host/share', 'not a url']) {
      expect(isVettedExternalLink(url), url).toBe(false);
    }
  });

  it('refuses every new window, opening only a vetted link in the browser', () => {
    const { open, shell } = fakeContents();
    for (const url of ['app://sync-console/index.html#/run-history', 'https://example.com/', 'file:///etc/passwd', 'https://learn.microsoft.com/x']) {
      expect(open(url), url).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal.mock.calls).toEqual([['https://learn.microsoft.com/x']]);
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s stays inside app://', (event) => {
    const { navigate, shell } = fakeContents();
    expect(navigate(event, 'app://sync-console/index.html#/job-runs')).toBe('allowed');
    for (const url of ['https://example.com/', 'app://sync-console.evil/', 'file:///etc/passwd', 'about:blank', 'https://learn.microsoft.com/x']) {
      expect(navigate(event, url), url).toBe('refused');
    }
    expect(shell.openExternal.mock.calls).toEqual([['https://learn.microsoft.com/x']]);
  });

  it('refuses every webview', () => {
    const { listeners } = fakeContents();
    const preventDefault = vi.fn();
    listeners.get('will-attach-webview')!({ url: '', preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });
});
