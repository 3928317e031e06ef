// Types only: shell is a parameter, so the check is unit-tested without Electron.
import type { Shell } from 'electron';

/**
 * The sign-in opens in the person's own browser (the system browser, RFC 8252), never in a window
 * of the app: their browser has their session, shows the address, and keeps the password away
 * from Sync Console. Only an https URL of the connection's own sign-in authority is opened.
 */
export function isSignInUrl(url: string, authority: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && !parsed.username && !parsed.password && parsed.origin === new URL(authority).origin;
  } catch {
    return false;
  }
}

export function openSignInPage(shell: Pick<Shell, 'openExternal'>): (url: string, authority: string) => Promise<void> {
  return async (url, authority) => {
    if (!isSignInUrl(url, authority)) throw new Error('Refused to open a sign-in page that is not the connection\'s authority\'s.');
    await shell.openExternal(url);
  };
}
