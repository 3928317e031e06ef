import { useCallback, useEffect, useMemo, useState } from 'react';
import type { GridRowId, GridRowSelectionModel } from '@mui/x-data-grid';

const NOTHING: ReadonlySet<GridRowId> = new Set();
const sameIds = (a: ReadonlySet<GridRowId>, b: ReadonlySet<GridRowId>) => a.size === b.size && [...a].every((id) => b.has(id));

/** The ids a grid's selection model names among the rows it shows (an exclude model: all shown but those). */
function idsOf(model: GridRowSelectionModel, shown: ReadonlySet<GridRowId>): ReadonlySet<GridRowId> {
  return model.type === 'include' ? new Set(model.ids) : new Set([...shown].filter((id) => !model.ids.has(id)));
}

export interface VisibleSelection {
  /** For the grid: the ticked rows it shows. */
  rowSelectionModel: GridRowSelectionModel;
  onRowSelectionModelChange: (model: GridRowSelectionModel) => void;
  /** The ticked rows, every one of them on screen. */
  selected: string[];
  /** What an action on the list acts on: the ticked rows, or, with none ticked, the open row if the list shows it. */
  targets: (openId: string | null) => string[];
  /** Ticks or unticks one row (Space on a row), named as the grid names it or by its text. */
  toggle: (id: GridRowId) => void;
  /** Selects this row alone (Enter or Space where opening a row is selecting it). */
  selectOnly: (id: GridRowId) => void;
  clear: () => void;
}

/**
 * The rows ticked in a list, never one it does not show. A change of the view (filters, sort, page:
 * anything `view` holds) clears them, and a row that leaves the rows on screen (a live refresh moved
 * it out of the filter) drops out; so every action on a selection acts on rows the person sees, and
 * says how many. A click on a row opens it and selects nothing: only the checkbox (or Space) ticks.
 *
 * `shownIds` are the rows on screen, undefined while the list loads.
 */
export function useVisibleSelection(view: unknown, shownIds: readonly GridRowId[] | undefined): VisibleSelection {
  const viewKey = JSON.stringify(view);
  const [ticked, setTicked] = useState<{ view: string; ids: ReadonlySet<GridRowId> }>({ view: viewKey, ids: NOTHING });
  const shownKey = shownIds?.join('\u0000');
  // Keyed by content: the same rows in a new array (a live refresh that changed nothing) are the same rows.
  const shown = useMemo<ReadonlySet<GridRowId>>(() => new Set(shownIds ?? []), [shownKey]);
  const current = ticked.view === viewKey ? ticked.ids : NOTHING;
  const visible = useMemo(() => new Set([...current].filter((id) => shown.has(id))), [current, shown]);

  // Forget what is no longer on screen, so a row is not ticked again when it comes back.
  useEffect(() => {
    if (shownIds === undefined) return;
    setTicked((state) => {
      const kept = state.view === viewKey ? new Set([...state.ids].filter((id) => shown.has(id))) : NOTHING;
      return state.view === viewKey && sameIds(kept, state.ids) ? state : { view: viewKey, ids: kept };
    });
  }, [shown, viewKey]);

  const rowSelectionModel = useMemo<GridRowSelectionModel>(() => ({ type: 'include', ids: new Set(visible) }), [visible]);
  const onRowSelectionModelChange = useCallback((model: GridRowSelectionModel) => {
    setTicked({ view: viewKey, ids: new Set([...idsOf(model, shown)].filter((id) => shown.has(id))) });
  }, [viewKey, shown]);
  // A key handler knows a row by its id's text; a grid may key its rows by number.
  const shownAs = useCallback((id: GridRowId) => [...shown].find((s) => String(s) === String(id)), [shown]);
  const toggle = useCallback((id: GridRowId) => {
    const row = shownAs(id);
    if (row === undefined) return;
    const next = new Set(visible);
    if (next.has(row)) next.delete(row);
    else next.add(row);
    setTicked({ view: viewKey, ids: next });
  }, [viewKey, shownAs, visible]);
  const selectOnly = useCallback((id: GridRowId) => {
    const row = shownAs(id);
    if (row !== undefined) setTicked({ view: viewKey, ids: new Set([row]) });
  }, [viewKey, shownAs]);
  const clear = useCallback(() => setTicked({ view: viewKey, ids: NOTHING }), [viewKey]);
  const selected = useMemo(() => [...visible].map(String), [visible]);
  const targets = useCallback((openId: string | null) => {
    if (selected.length > 0) return selected;
    return openId !== null && [...shown].some((id) => String(id) === openId) ? [openId] : [];
  }, [selected, shown]);
  return { rowSelectionModel, onRowSelectionModelChange, selected, targets, toggle, selectOnly, clear };
}
