// An OpenID Connect test authority laid out as Microsoft Entra ID's v2.0 endpoints
// (/<tenant>/v2.0/.well-known/openid-configuration, /<tenant>/oauth2/v2.0/authorize and /token),
// from the maintained oauth2-mock-server package, over https (MSAL accepts only https authorities)
// with a certificate made for the test (tls-certificate.ts). It signs every authorization code in
// (PKCE checked), issues access tokens for the scope asked, refresh tokens, and id tokens with the
// claims Entra gives (tid, oid, preferred_username) and client_info, which MSAL builds its account from.
import { createPublicKey, createVerify, randomUUID } from 'node:crypto';
import { OAuth2Server, type MutableResponse, type MutableToken } from 'oauth2-mock-server';
import type { TokenCheck } from './odata-test-server';
import { testCertificate, type TestCertificate } from './tls-certificate';

export const TEST_TENANT = '8a1f3c2e-0000-4000-8000-00000000c0de';
export const TEST_USER = 'auditor@contoso.example';
const USER_OID = '2f4d6b80-0000-4000-8000-000000000001';

const base64url = (text: string) => Buffer.from(text).toString('base64url');

export class TestAuthority {
  private readonly server: OAuth2Server;
  private refreshRefused = false;
  /** How many authorization codes and refresh tokens were redeemed. */
  readonly redeemed = { codes: 0, refreshes: 0 };

  private constructor(readonly certificate: TestCertificate) {
    this.server = new OAuth2Server(certificate.keyFile, certificate.certFile, {
      endpoints: {
        wellKnownDocument: `/${TEST_TENANT}/v2.0/.well-known/openid-configuration`,
        authorize: `/${TEST_TENANT}/oauth2/v2.0/authorize`,
        token: `/${TEST_TENANT}/oauth2/v2.0/token`,
        jwks: `/${TEST_TENANT}/discovery/v2.0/keys`,
        endSession: `/${TEST_TENANT}/oauth2/v2.0/logout`,
      },
    });
  }

  static async start(): Promise<TestAuthority> {
    const authority = new TestAuthority(await testCertificate());
    await authority.server.issuer.keys.generate('RS256');
    // The issuer is the host: the mock joins it with each endpoint's path, which carries the tenant as Entra's do.
    await authority.server.start(0, 'localhost');
    authority.server.service.on('beforeTokenSigning', (token: MutableToken, req: { body?: Record<string, string> }) => {
      const scope = req.body?.scope ?? '';
      const resource = scope.split(' ').find((s) => s.endsWith('/.default'))?.replace(/\/\.default$/, '');
      // uti: every token Entra issues is its own, even two in the same second.
      Object.assign(token.payload, { uti: randomUUID(), tid: TEST_TENANT, oid: USER_OID, preferred_username: TEST_USER, name: 'Test Auditor', ...(resource ? { aud: resource } : {}) });
    });
    authority.server.service.on('beforeResponse', (response: MutableResponse, req: { body?: Record<string, string> }) => {
      if (req.body?.grant_type === 'refresh_token') {
        authority.redeemed.refreshes += 1;
        if (authority.refreshRefused) {
          response.statusCode = 400;
          response.body = { error: 'invalid_grant', error_description: 'AADSTS700082: The refresh token has expired due to inactivity.' };
          return;
        }
      } else if (req.body?.grant_type === 'authorization_code') authority.redeemed.codes += 1;
      Object.assign(response.body as object, { client_info: base64url(JSON.stringify({ uid: USER_OID, utid: TEST_TENANT })) });
    });
    return authority;
  }

  /** https://localhost:<port>: what a connection's sign-in authority is set to in tests. */
  get host(): string {
    return `https://localhost:${this.server.address().port}`;
  }

  /** The refresh token no longer works (revoked, expired): the person must sign in again. */
  refuseRefresh(refused = true): void {
    this.refreshRefused = refused;
  }

  /** Checks an access token as HQ would: signed by this authority, not past its expiry. */
  readonly verifyToken = (token: string): TokenCheck => {
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || !signature) return { ok: false };
    const { kid } = JSON.parse(Buffer.from(header, 'base64url').toString()) as { kid?: string };
    const jwk = (this.server.issuer.keys.toJSON() as { kid: string }[]).find((k) => k.kid === kid);
    if (!jwk) return { ok: false };
    const verifier = createVerify('RSA-SHA256');
    verifier.update(`${header}.${payload}`);
    if (!verifier.verify(createPublicKey({ key: jwk, format: 'jwk' }), Buffer.from(signature, 'base64url'))) return { ok: false };
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as { exp?: number };
    return { ok: typeof claims.exp === 'number' && claims.exp * 1000 > Date.now() };
  };

  async stop(): Promise<void> {
    await this.server.stop();
  }
}
