import { useEffect, useState } from 'react';
import { isScreen, type ScreenId } from './screens';
import { screenOfHash } from './hash-params';

const fromHash = (): ScreenId | null => {
  const id = screenOfHash(window.location.hash);
  return isScreen(id) ? id : null;
};

/** The open screen lives in the URL hash, so reload and back/forward keep it. */
export function useHashScreen(fallback: ScreenId): ScreenId {
  const [screen, setScreen] = useState<ScreenId>(() => fromHash() ?? fallback);
  useEffect(() => {
    const onChange = () => setScreen(fromHash() ?? fallback);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, [fallback]);
  return screen;
}
