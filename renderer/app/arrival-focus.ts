import { useEffect, type RefObject } from 'react';

/** The record a navigation named (its path in the URL), until its panel has shown and taken focus. */
let expected: string | null = null;

/** A navigation (a link, back/forward, a reload) landed on this record path, or on none. */
export function expectRecord(path: string | null): void {
  expected = path;
}

/**
 * A record's panel takes focus (its heading) when a navigation named it, once it has shown: the
 * next Tab reaches its actions, not the list's filters. A row opened from the list leaves focus
 * in the list.
 */
export function useFocusOnArrival(path: string, target: RefObject<HTMLElement | null>, shown = true): void {
  useEffect(() => {
    if (!shown || expected !== path || !target.current) return;
    expected = null;
    target.current.focus();
  }, [path, target, shown]);
}
