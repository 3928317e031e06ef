import { useMemo } from 'react';
import type { ScreenId } from './screens';
import { parseHash, useHash } from './hash-location';

/** The open screen lives in the URL hash, so reload and back/forward keep it. */
export function useHashScreen(fallback: ScreenId): ScreenId {
  const hash = useHash();
  return useMemo(() => parseHash(hash).screen ?? fallback, [hash, fallback]);
}
