import { useEffect, useRef } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { shownPage, type PageAnchor, type PageRequest } from '../../shared/queries/keyset-page';

/** A page of a list and how many rows the whole list has. */
export interface ListPage<Row> {
  rows: Row[];
  total: number;
}

/**
 * The page on screen of a long list, kept live: the worker's writes (a job run, a Synchronize
 * order, an edit) show up as they land. Each page is read from the one shown before it (its
 * first or last row), so the last of 4,000 pages costs what the first does.
 *
 * `list` names the list (its database and filter): another list, page size or order starts afresh.
 */
export function useKeysetPage<Row>(
  list: unknown,
  query: (request: PageRequest) => Promise<ListPage<Row>>,
  anchorOf: (row: Row) => PageAnchor,
  pagination: GridPaginationModel,
  descending: boolean,
): ListPage<Row> | undefined {
  const { page, pageSize } = pagination;
  const name = JSON.stringify([list, pageSize, descending]);
  const shown = useRef<{ name: string; shown: PageRequest['shown'] }>({ name, shown: null });
  const from = shown.current.name === name ? shown.current.shown : null;
  const result = useLiveQuery(
    // Each answer says which list and page it is, so an answer still on screen while the next page
    // loads is never taken for it. `from` is not a dependency: a new anchor must not re-read its own page.
    async () => ({ name, page, ...(await query({ page, pageSize, descending, shown: from })) }),
    [name, page],
  );
  useEffect(() => {
    if (result) shown.current = { name: result.name, shown: shownPage(result.page, result.rows, anchorOf) };
  }, [result, anchorOf]);
  return result;
}
