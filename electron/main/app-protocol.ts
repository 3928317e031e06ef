import path from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
// Types only: the module stays loadable in plain Node, so its logic is unit-tested without Electron.
import type { Net, Protocol } from 'electron';
import { APP_ORIGIN } from '../../shared/contracts/host-api';
import { withStyleNonce } from '../../shared/platform/style-nonce';

/** The scheme the renderer is served from; main.ts registers it as privileged before ready. */
export const APP_SCHEME = 'app';

/** True for a URL of the app itself; the trailing slash stops look-alikes such as app://sync-console.evil/. */
export function isAppUrl(url: string | null | undefined): boolean {
  return typeof url === 'string' && url.startsWith(`${APP_ORIGIN}/`);
}

/**
 * Maps an app:// request to the file it names under rootDir, or null when it must not be served:
 * another scheme or host, a malformed URL, or any attempt to climb out of rootDir.
 */
export function resolveAppRequest(requestUrl: string, rootDir: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (`${url.protocol}//${url.host}` !== APP_ORIGIN || url.username !== '' || url.password !== '') return null;

  // The URL parser already folds literal and %2e%2e dot segments; decoding can still reveal
  // encoded separators (..%2f, ..%5c), so the decoded path is checked segment by segment.
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const segments = relative.split(/[/\\]/).filter((segment) => segment !== '');
  if (segments.includes('..')) return null;
  if (relative === '' || relative.endsWith('/')) segments.push('index.html');

  const root = path.resolve(rootDir);
  const file = path.resolve(root, ...segments);
  // Last line of defence for platform quirks the segment check cannot see (drive letters, UNC).
  const fromRoot = path.relative(root, file);
  if (fromRoot === '' || fromRoot === '..' || fromRoot.startsWith(`..${path.sep}`) || path.isAbsolute(fromRoot)) return null;
  return file;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });
}

/** Serves rootDir on app://sync-console/; anything resolveAppRequest refuses, or that is not a file, is a 404. */
export function registerAppProtocol(
  rootDir: string,
  electron: { protocol: Pick<Protocol, 'handle'>; net: Pick<Net, 'fetch'> },
): void {
  electron.protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppRequest(request.url, rootDir);
    if (file === null) return notFound();
    try {
      // A directory would otherwise come back as Chromium's file listing.
      if (!(await stat(file)).isFile()) return notFound();
    } catch {
      return notFound();
    }
    // Each load of the page gets a style nonce of its own (shared/platform/style-nonce.ts).
    if (path.extname(file) === '.html') {
      return new Response(withStyleNonce(await readFile(file, 'utf8')), { headers: { 'content-type': 'text/html; charset=utf-8' } });
    }
    // net.fetch of file: gives the right MIME types, which module scripts and workers require.
    return electron.net.fetch(pathToFileURL(file).toString());
  });
}
