import { useEffect, useState, type RefObject } from 'react';
import { gridFilteredSortedRowIdsSelector, gridPaginatedVisibleSortedGridRowIdsSelector, type GridApi, type GridRowId } from '@mui/x-data-grid';

const same = (a: readonly GridRowId[] | undefined, b: readonly GridRowId[]) => a !== undefined && a.length === b.length && a.every((id, i) => id === b[i]);

export interface GridRowIds {
  /** The rows on the page on screen, among those the filters let through. */
  shown: readonly GridRowId[] | undefined;
  /** Every row the filters (the toolbar's quick filter too) let through, on every page. */
  matching: readonly GridRowId[] | undefined;
}

/**
 * Which rows a grid that filters, sorts and pages by itself (all its rows given at once) shows and
 * matches now; undefined until the grid is there. An action on the selection acts on `shown` rows
 * only; one on every row that matches names how many `matching` holds.
 */
export function useGridRowIds(apiRef: RefObject<GridApi | null>): GridRowIds {
  const [ids, setIds] = useState<GridRowIds>({ shown: undefined, matching: undefined });
  useEffect(() => {
    const api = apiRef.current;
    if (!api) return;
    const read = () => {
      const ref = apiRef as RefObject<GridApi>;
      const shown = gridPaginatedVisibleSortedGridRowIdsSelector(ref);
      const matching = gridFilteredSortedRowIdsSelector(ref);
      setIds((previous) => (same(previous.shown, shown) && same(previous.matching, matching) ? previous : { shown, matching }));
    };
    read();
    return api.subscribeEvent('stateChange', read);
  }, [apiRef]);
  return ids;
}
