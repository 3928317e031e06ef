// Types only: the policies are plain functions, installed on objects passed in, so they are
// unit-tested without Electron (as app-menu.ts and ipc-handlers.ts are).
import type { Session, Shell } from 'electron';
import { APP_ORIGIN } from '../../shared/contracts/host-api';
import { isAppUrl } from './app-protocol';

/**
 * Hosts whose https pages may open in the user's browser (shell.openExternal): help pages of the
 * HQ whose synchronization the app watches. Nothing else leaves the app, whatever a page asks.
 */
export const VETTED_LINK_HOSTS: ReadonlySet<string> = new Set(['learn.microsoft.com']);

/** An https link without credentials to a vetted host, on the default port. */
export function isVettedExternalLink(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === 'https:' && parsed.username === '' && parsed.password === '' && parsed.port === '' && VETTED_LINK_HOSTS.has(parsed.hostname);
}

/**
 * The only permission the app's own pages get is writing to the clipboard (the grids' copy);
 * every other permission (camera, microphone, notifications, geolocation, HID, MIDI, reading the
 * clipboard, …) and every permission for any other origin is denied.
 */
const GRANTED: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);
export function permissionGranted(permission: string, requesting: string | null | undefined): boolean {
  return GRANTED.has(permission) && (requesting === APP_ORIGIN || isAppUrl(requesting));
}

/** Deny-by-default permission handlers on a session: for requests (prompts) and for checks (queries). */
export function guardPermissions(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => callback(permissionGranted(permission, details.requestingUrl)));
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) => permissionGranted(permission, requestingOrigin));
}

/** The part of a webContents the navigation guard needs. */
export interface GuardedContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: { url: string; preventDefault(): void }) => void): void;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): void;
}

/**
 * Whatever web contents come to exist, none may open a window (window.open, target=_blank, a
 * middle or aux click), leave app:// by navigating or being redirected, or embed a webview: a
 * page that is not the app must never get the preload's API. A vetted https link opens in the
 * user's browser instead.
 */
export function guardNavigation(contents: GuardedContents, shell: Pick<Shell, 'openExternal'>): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isVettedExternalLink(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  const stayInApp = (event: { url: string; preventDefault(): void }) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    if (isVettedExternalLink(event.url)) void shell.openExternal(event.url);
  };
  contents.on('will-navigate', stayInApp);
  contents.on('will-frame-navigate', stayInApp);
  contents.on('will-redirect', stayInApp);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
