import { CryptoProvider, LogLevel, PublicClientApplication, type INetworkModule } from '@azure/msal-node';
import { environmentScope, type HqConnection } from '../../shared/pull/hq-connection';
import { listenForRedirect } from './loopback-listener';
import { tokenCachePlugin, type SecretStore } from './token-cache';

/**
 * Sign-in to one connection's environment with Microsoft Entra ID, through MSAL for Node as a
 * public client (the app registration has no secret: a desktop app cannot keep one): the
 * authorization code flow with PKCE, in the person's own browser, answered on a loopback redirect
 * (loopback-listener.ts). MSAL keeps the tokens in its cache, which this connection's secret store
 * persists (encrypted in the desktop app); a token for the environment is taken from it, renewed
 * with the refresh token when it has expired, and never leaves this process.
 */
export interface SignInOptions {
  /** Opens the authorization URL in the person's browser (Electron's shell.openExternal; the browser host hands it to the page). */
  openBrowser: (url: string) => Promise<void>;
  /** How long a sign-in waits for the browser to come back (the loopback listener then closes). */
  timeoutMs: number;
}

/** A token this close to its expiry is renewed rather than sent (it could expire on the way). */
const TOKEN_MARGIN_MS = 2 * 60_000;

/** Entra ID, or the person, said no: the words it gave, for the screen. */
export class SignInRefused extends Error {}

/** The page the loopback listener shows in the browser once the sign-in is done: plain words, nothing to run. */
const signedInPage = (outcome: 'signedIn' | 'failed') => `<!doctype html><html lang="en"><meta charset="utf-8"><title>Sync Console</title><body style="font-family:sans-serif;margin:3rem"><h1>${outcome === 'signedIn'
  ? 'You are signed in to Sync Console.</h1><p>You can close this tab and go back to the app.'
  : 'Sync Console could not sign you in.</h1><p>Close this tab and try again from the app.'}</p></body></html>`;

export class HqSignIn {
  private readonly app: PublicClientApplication;
  private readonly scopes: string[];
  /** The access token last had, in this process's memory only, until it is near its expiry. */
  private held: { token: string; expiresAt: number } | null = null;

  constructor(connection: HqConnection, private readonly secrets: SecretStore, networkClient?: INetworkModule) {
    this.scopes = [environmentScope(connection)];
    this.app = new PublicClientApplication({
      auth: {
        clientId: connection.clientId,
        authority: `${connection.authority}/${connection.tenant}`,
        // The authority is the one the connection names (Entra ID's, or a sovereign cloud's): no discovery call elsewhere.
        knownAuthorities: [new URL(connection.authority).host],
      },
      cache: { cachePlugin: tokenCachePlugin(secrets) },
      system: { ...(networkClient ? { networkClient } : {}), loggerOptions: { piiLoggingEnabled: false, logLevel: LogLevel.Error, loggerCallback: () => undefined } },
    });
  }

  /** Signs in in the browser; resolves with who signed in. */
  async signIn({ openBrowser, timeoutMs }: SignInOptions): Promise<string> {
    const crypto = new CryptoProvider();
    const { verifier, challenge } = await crypto.generatePkceCodes();
    const state = crypto.createNewGuid();
    const listener = await listenForRedirect({ state, timeoutMs, page: signedInPage });
    try {
      const { redirectUri } = listener;
      const url = await this.app.getAuthCodeUrl({ scopes: this.scopes, redirectUri, codeChallenge: challenge, codeChallengeMethod: 'S256', state, prompt: 'select_account' });
      await openBrowser(url);
      const answer = await listener.answer;
      if ('error' in answer) throw new SignInRefused(answer.description || answer.error);
      const result = await this.app.acquireTokenByCode({ code: answer.code, codeVerifier: verifier, redirectUri, scopes: this.scopes, state }, { code: answer.code, state });
      return result.account?.username ?? '';
    } finally {
      listener.close();
    }
  }

  /** Who is signed in, from the cache; null when nobody is. */
  async signedInAs(): Promise<string | null> {
    const [account] = await this.app.getTokenCache().getAllAccounts();
    return account ? account.username : null;
  }

  /**
   * An access token for the environment: the cached one while it lasts, else renewed silently with
   * the refresh token (forceRefresh when HQ has just refused the cached one). null when it cannot
   * be had without the person: nobody signed in, or the refresh token refused.
   */
  async accessToken(forceRefresh = false): Promise<string | null> {
    // The token in hand while it lasts: asking MSAL reads (and, in the desktop app, decrypts) the stored cache each time.
    const held = this.held;
    if (!forceRefresh && held && held.expiresAt - TOKEN_MARGIN_MS > Date.now()) return held.token;
    this.held = null;
    const [account] = await this.app.getTokenCache().getAllAccounts();
    if (!account) return null;
    try {
      const result = await this.app.acquireTokenSilent({ account, scopes: this.scopes, forceRefresh });
      if (!result.accessToken) return null;
      this.held = { token: result.accessToken, expiresAt: result.expiresOn?.getTime() ?? 0 };
      return result.accessToken;
    } catch {
      return null;
    }
  }

  /** Forgets every token of this connection: MSAL's accounts, then the stored cache itself. */
  async signOut(): Promise<void> {
    this.held = null;
    const cache = this.app.getTokenCache();
    for (const account of await cache.getAllAccounts()) await cache.removeAccount(account);
    await this.secrets.save(null);
  }
}
