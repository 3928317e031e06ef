import { useEffect, useRef, type RefObject } from 'react';
import { parseHash, useHash } from './hash-location';
import { shownByNavigation } from './navigation-guard';
import { expectRecord } from './arrival-focus';
import { keepFocusNear } from './focus-keeper';

/**
 * Where keyboard focus goes as the person moves about: to the screen's heading after each
 * navigation (and to the record's heading once it shows, where the navigation or the link the app
 * was opened with named one), never
 * to the page's body; and, after an action, on or next to the control used (focus-keeper.ts).
 */
export function useNavigationFocus(heading: RefObject<HTMLElement | null>): void {
  const { screen, record } = parseHash(useHash());
  const place = `${screen ?? ''}/${record.join('/')}`;
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (previous.current === place) return;
    const first = previous.current === null;
    previous.current = place;
    // A row opened from its list (the screen replaced the hash) leaves focus in the list.
    if (!first && !shownByNavigation()) return;
    expectRecord(record.length ? record.join('/') : null);
    // At start the first Tab goes to the skip link; a record a link names takes focus once it shows.
    if (!first) heading.current?.focus({ preventScroll: true });
  }, [place, record, heading]);
  useEffect(() => keepFocusNear(), []);
}
