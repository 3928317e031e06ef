import { useSyncExternalStore } from 'react';
import { isScreen, type ScreenId } from './screens';
import { replaceShown, setLeavesTest, shownHash, subscribeShown } from './navigation-guard';

/**
 * The URL hash names the open screen, the record open on it and the screen's filters:
 * `#/online-transactions/<store>/<terminal>/<id>?status=Failed`. So a reload, back/forward, a
 * link someone was sent and the desktop app's sync-console:// links all land on the same view.
 */
export interface HashLocation {
  screen: ScreenId | null;
  /** The record's path below the screen, each segment decoded; empty when none is open. */
  record: string[];
  /** The filters, as URL search parameters text (no leading ?); a string so it compares by value. */
  query: string;
}

const decode = (segment: string): string | null => {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
};

export function parseHash(hash: string): HashLocation {
  const text = hash.replace(/^#\/?/, '');
  const queryAt = text.indexOf('?');
  const path = queryAt < 0 ? text : text.slice(0, queryAt);
  const query = queryAt < 0 ? '' : text.slice(queryAt + 1);
  const [screen = '', ...segments] = path.split('/');
  const record = segments.map(decode);
  // A record path that does not decode is dropped whole: half a key would open another record.
  const valid = record.every((s): s is string => s !== null && s !== '');
  return { screen: isScreen(screen) ? screen : null, record: valid ? record as string[] : [], query: new URLSearchParams(query).toString() };
}

export function locationHash(screen: ScreenId, record: readonly string[] = [], query = ''): string {
  const path = [screen, ...record.map(encodeURIComponent)].join('/');
  return query ? `#/${path}?${query}` : `#/${path}`;
}

/** A hash change leaves what is on screen when it opens another screen or another record (not when only filters change). */
export function leavesShown(from: string, to: string): boolean {
  const [a, b] = [parseHash(from), parseHash(to)];
  return a.screen !== b.screen || a.record.join('/') !== b.record.join('/');
}
setLeavesTest(leavesShown);

/**
 * Changes the record or filters in the URL without a history entry for every keystroke or click;
 * another record is opened only once the person agreed to leave unsaved values (navigation-guard.ts).
 * Resolves whether it changed.
 */
export function replaceLocation(screen: ScreenId, record: readonly string[], query: string): Promise<boolean> {
  return replaceShown(locationHash(screen, record, query));
}

/** The hash on screen, re-rendering on every change (a link followed, back/forward, or replaceLocation). */
export const useHash = (): string => useSyncExternalStore(subscribeShown, shownHash);

/** A link to a screen with its filters (a tile, a bar of the chart); a null or empty value is left out. */
export function screenHrefWith(screen: ScreenId, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).flatMap(([name, value]) => (value === null || value === undefined || value === '' ? [] : [[name, String(value)]])));
  return locationHash(screen, [], query.toString());
}
