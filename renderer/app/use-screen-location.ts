import { useCallback, useMemo } from 'react';
import { parseHash, replaceLocation, useHash } from './hash-location';
import { shownHash } from './navigation-guard';
import type { ScreenId } from './screens';

/**
 * A screen's record and filters as they stand in the URL, and a setter that writes them back:
 * the URL is where they live, so a reload or a link restores them as they were.
 */
export function useScreenLocation(screen: ScreenId) {
  const hash = useHash();
  const { record, query } = useMemo(() => {
    const location = parseHash(hash);
    return location.screen === screen ? location : { record: [], query: '' };
  }, [hash, screen]);
  // The same record keeps the same array, so effects that depend on it run when it changes only.
  const recordText = JSON.stringify(record);
  const stableRecord = useMemo(() => JSON.parse(recordText) as string[], [recordText]);
  // Resolves whether it changed: opening another record waits for the person to agree to leave unsaved values.
  const setLocation = useCallback((next: { record?: readonly string[]; query?: string }): Promise<boolean> => {
    const current = parseHash(shownHash());
    return replaceLocation(screen, next.record ?? current.record, next.query ?? current.query);
  }, [screen]);
  return { record: stableRecord, query, setLocation };
}

/**
 * One of a screen's filters kept in the URL as a parameter: `fallback` when the URL has none, or a
 * value not `allowed`; setting it back to `fallback` leaves it out of the URL.
 */
export function useUrlFilter<T extends string>(screen: ScreenId, name: string, fallback: T, allowed?: readonly T[]): [T, (value: T) => void] {
  const { query, setLocation } = useScreenLocation(screen);
  const raw = new URLSearchParams(query).get(name);
  const value = raw !== null && (!allowed || (allowed as readonly string[]).includes(raw)) ? raw as T : fallback;
  const set = useCallback((next: T) => {
    const params = new URLSearchParams(parseHash(shownHash()).query);
    if (next === fallback) params.delete(name);
    else params.set(name, next);
    void setLocation({ query: params.toString() });
  }, [fallback, name, setLocation]);
  return [value, set];
}
