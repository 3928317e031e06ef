import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAppUrl, registerAppProtocol, resolveAppRequest } from '../../electron/main/app-protocol';
import { STYLE_NONCE_PLACEHOLDER } from '../../shared/platform/style-nonce';

const root = path.resolve('/srv/sync-console/renderer');

describe('resolveAppRequest', () => {
  it('maps the app origin to index.html', () => {
    expect(resolveAppRequest('app://sync-console/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://sync-console', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://sync-console/index.html', root)).toBe(path.join(root, 'index.html'));
  });

  it('maps paths to files under the root, ignoring query and fragment', () => {
    expect(resolveAppRequest('app://sync-console/assets/index-abc.js?v=1#x', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppRequest('app://sync-console/assets/', root)).toBe(path.join(root, 'assets', 'index.html'));
    expect(resolveAppRequest('app://sync-console/assets/my%20font.woff2', root)).toBe(path.join(root, 'assets', 'my font.woff2'));
  });

  it('keeps dot segments the URL parser folds inside the root', () => {
    expect(resolveAppRequest('app://sync-console/assets/../index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppRequest('app://sync-console/../../etc/passwd', root)).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppRequest('app://sync-console/%2e%2e/%2E%2E/etc/passwd', root)).toBe(path.join(root, 'etc', 'passwd'));
  });

  it.each([
    ['an encoded slash', 'app://sync-console/..%2f..%2fetc%2fpasswd'],
    ['an encoded backslash', 'app://sync-console/..%5c..%5cwindows%5cwin.ini'],
    ['an upper-case encoded slash', 'app://sync-console/assets/..%2F..%2F..%2Fsecret'],
    ['a NUL byte', 'app://sync-console/index.html%00.js'],
    ['a malformed escape', 'app://sync-console/%E0%A4%A'],
  ])('refuses traversal through %s', (_name, url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });

  it('never resolves outside the root, even for absolute-looking paths', () => {
    const file = resolveAppRequest('app://sync-console//etc/passwd', root);
    expect(file).toBe(path.join(root, 'etc', 'passwd'));
    expect(resolveAppRequest('app://sync-console/C:%5cWindows%5cwin.ini', root)?.startsWith(root + path.sep)).toBe(true);
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://sync-console.evil/index.html'],
    ['user info', 'app://user:pass@sync-console/index.html'],
    ['another scheme', 'file:///srv/sync-console/renderer/index.html'],
    ['http', 'https://sync-console/index.html'],
    ['not a URL', 'index.html'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppRequest(url, root)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts only URLs of the app origin', () => {
    expect(isAppUrl('app://sync-console/index.html')).toBe(true);
    expect(isAppUrl('app://sync-console.evil/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
  });
});

describe('registerAppProtocol', () => {
  let dir = '';
  let handler: (request: Request) => Promise<Response> | Response = () => new Response(null, { status: 500 });
  const fetched: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'app-protocol-'));
    await mkdir(path.join(dir, 'assets'));
    await writeFile(path.join(dir, 'index.html'), `<meta http-equiv="Content-Security-Policy" content="style-src 'nonce-${STYLE_NONCE_PLACEHOLDER}'"><meta name="style-nonce" content="${STYLE_NONCE_PLACEHOLDER}">`);
    await writeFile(path.join(dir, 'assets', 'main.js'), '');
    registerAppProtocol(dir, {
      protocol: { handle: (_scheme, h) => void (handler = h) },
      net: {
        fetch: async (input) => {
          fetched.push(String(input));
          return new Response('file body');
        },
      },
    });
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('fetches existing files through file: URLs', async () => {
    const response = await handler(new Request('app://sync-console/assets/main.js'));
    expect(response.status).toBe(200);
    expect(fetched.map((url) => fileURLToPath(url))).toEqual([path.join(dir, 'assets', 'main.js')]);
  });

  it('serves the page with a fresh style nonce in its CSP and meta tag at every load', async () => {
    const nonces = await Promise.all([1, 2].map(async () => {
      const page = await (await handler(new Request('app://sync-console/'))).text();
      const [, inCsp] = /'nonce-([^']+)'/.exec(page)!;
      expect(page).toContain(`<meta name="style-nonce" content="${inCsp}">`);
      expect(page).not.toContain(STYLE_NONCE_PLACEHOLDER);
      return inCsp!;
    }));
    expect(nonces[0]).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonces[0]).not.toBe(nonces[1]);
  });

  it('answers 404 for refused, missing and directory requests without fetching', async () => {
    fetched.length = 0;
    for (const url of ['app://sync-console/..%2fsecret', 'app://sync-console/missing.js', 'app://sync-console/assets', 'app://other/index.html']) {
      expect((await handler(new Request(url))).status).toBe(404);
    }
    expect(fetched).toEqual([]);
  });
});
