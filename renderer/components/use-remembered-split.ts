import { useCallback, useEffect, useRef, useState } from 'react';
import { useServices } from '../hq/hq-context';

/** The narrowest and widest the list may be, in percent of the width the list and its record share. */
export const SPLIT_LIMITS = { min: 25, max: 75 } as const;
export const clampShare = (value: number): number => Math.round(Math.min(SPLIT_LIMITS.max, Math.max(SPLIT_LIMITS.min, value)));

/**
 * Where a person put a screen's split between its list and its record (the list's share of the
 * width, in percent), remembered per screen in the host's settings: settings.json in the desktop
 * app, localStorage in the browser. Null until they move it. `move` follows a drag as it goes;
 * `settle` also remembers it.
 */
export function useRememberedSplit(screen: string): { share: number | null; move: (share: number) => void; settle: (share: number) => void } {
  const { host } = useServices();
  const [share, setShare] = useState<number | null>(null);
  // A drag or a key press before the stored value arrived wins over it.
  const moved = useRef(false);
  useEffect(() => {
    let current = true;
    void host.getSettings().then((settings) => {
      const stored = settings.splits[screen];
      if (current && stored !== undefined && !moved.current) setShare(clampShare(stored));
    });
    return () => {
      current = false;
    };
  }, [host, screen]);
  const move = useCallback((next: number) => {
    moved.current = true;
    setShare(clampShare(next));
  }, []);
  const settle = useCallback((next: number) => {
    move(next);
    // The other screens' splits as stored now, with this one's.
    void host.getSettings().then((settings) => host.updateSettings({ splits: { ...settings.splits, [screen]: clampShare(next) } }));
  }, [host, move, screen]);
  return { share, move, settle };
}
