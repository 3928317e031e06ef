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

export class SignInPageRefused extends Error {
  constructor() {
    super('Refused to open a sign-in page that is not the connection\'s authority\'s.');
  }
}
