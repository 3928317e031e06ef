import { startTransition, useEffect, useRef, useState } from 'react';
import { liveQuery } from 'dexie';
import type { GridPaginationModel } from '@mui/x-data-grid';
import { shownPage, type PageAnchor, type PageRequest } from '../../shared/platform/keyset-page';
import { shareUnchanged } from './share-unchanged';

/** A page of a list and how many rows the whole list has. */
export interface ListPage<Row> {
  rows: Row[];
  total: number;
}

/** An answer says which list and page it is, so one still on screen while the next page loads is never taken for it. */
type Answer<Row> = ListPage<Row> & { name: string; page: number };

/**
 * The page on screen of a long list, kept live: the worker's writes (a job run, a Synchronize
 * order, an edit) show up as they land. Each page is read from the one shown before it (its
 * first or last row), so the last of 4,000 pages costs what the first does.
 *
 * The query runs again after every write to its tables (during a sync, several times a second),
 * but the screen renders again only when the answer changed, and then only its changed rows
 * (shareUnchanged): a long list stays responsive while a job writes underneath it.
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
  const [answer, setAnswer] = useState<Answer<Row> | undefined>(undefined);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    // The page shown when this page was asked for: `from` stays what it was for this subscription.
    const from = shown.current.name === name ? shown.current.shown : null;
    const subscription = liveQuery(async (): Promise<Answer<Row>> => ({ name, page, ...(await query({ page, pageSize, descending, shown: from })) })).subscribe({
      // A transition: React renders the changed rows in slices, yielding to input between them.
      next: (next) => startTransition(() => setAnswer((previous) => shareUnchanged(previous, next))),
      error: setFailure,
    });
    return () => subscription.unsubscribe();
    // `query` and `descending` are named by `name`; a new function object for the same list is no new list.
  }, [name, page]);
  useEffect(() => {
    if (answer) shown.current = { name: answer.name, shown: shownPage(answer.page, answer.rows, anchorOf) };
  }, [answer, anchorOf]);
  // As useLiveQuery does: a failed query is the screen's error, for its error boundary to show.
  if (failure) throw failure;
  return answer;
}
