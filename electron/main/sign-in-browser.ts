// Types only: shell is a parameter, so the check is unit-tested without Electron.
import type { Shell } from 'electron';
import { isSignInUrl, SignInPageRefused } from '../connector/sign-in-url';

/** Opens the sign-in in the system browser (shell.openExternal), an https page of the connection's authority only. */
export function openSignInPage(shell: Pick<Shell, 'openExternal'>): (url: string, authority: string) => Promise<void> {
  return async (url, authority) => {
    if (!isSignInUrl(url, authority)) throw new SignInPageRefused();
    await shell.openExternal(url);
  };
}
