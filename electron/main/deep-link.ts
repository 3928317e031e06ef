import { z } from 'zod';
import { linkHashSchema } from '../../shared/contracts/host-api';

/** The scheme the OS hands the app: sync-console://online-transactions/<store>/<terminal>/<id>. */
export const DEEP_LINK_SCHEME = 'sync-console';

// A link comes from outside the app (a mail, a chat, a web page): everything in it is untrusted.
const linkSchema = z.object({
  protocol: z.literal(`${DEEP_LINK_SCHEME}:`),
  // The screen is the URL's host: lower-case words and hyphens, as the app's screen ids are.
  host: z.string().regex(/^[a-z][a-z-]{0,63}$/),
  username: z.literal(''),
  password: z.literal(''),
  port: z.literal(''),
  // At most a transaction's three parts (store, register, number) below the screen.
  segments: z.array(z.string().min(1).max(200)).max(3),
  search: z.string().max(1024),
});

/**
 * The hash a sync-console:// link opens in the renderer, or null for anything that is not a
 * well-formed link of the app. Segments stay percent-encoded, as the renderer's hash reads them.
 */
export function deepLinkHash(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const segments = parsed.pathname.split('/').filter((s) => s !== '');
  const link = linkSchema.safeParse({ ...pick(parsed), segments });
  if (!link.success) return null;
  // Each segment is decoded and encoded again, so the renderer gets one canonical form.
  let path: string;
  try {
    path = [link.data.host, ...link.data.segments.map((s) => encodeURIComponent(decodeURIComponent(s)))].join('/');
  } catch {
    return null;
  }
  const query = new URLSearchParams(link.data.search).toString();
  const hash = query ? `#/${path}?${query}` : `#/${path}`;
  return linkHashSchema.safeParse(hash).success ? hash : null;
}

const pick = (url: URL) => ({ protocol: url.protocol, host: url.host, username: url.username, password: url.password, port: url.port, search: url.search });

/** The app's link among the command-line arguments Windows and Linux start it (or its second instance) with. */
export function deepLinkInArgs(argv: readonly string[]): string | null {
  const link = argv.find((arg) => arg.startsWith(`${DEEP_LINK_SCHEME}:`));
  return link === undefined ? null : deepLinkHash(link);
}
