import type { GridCellParams, MuiEvent } from '@mui/x-data-grid';
import type { KeyboardEvent } from 'react';

const CHECKBOX_FIELD = '__check__';

/**
 * A grid's row opens on a click, and, so that it is reachable by keyboard too, on Enter in any of
 * its cells (arrow keys move between cells). Space selects the row from any cell: `select` ticks
 * or unticks it where the list has checkboxes, or opens it where opening is selecting. On the
 * checkbox itself Space is the checkbox's own.
 */
export const openOnEnter = (open: (id: string) => void, select?: (id: string) => void) => (params: GridCellParams, event: MuiEvent<KeyboardEvent>) => {
  if (params.field === CHECKBOX_FIELD || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'Enter') open(String(params.id));
  if (event.key === ' ' && select && !event.shiftKey) {
    // Not the page's scroll, nor the grid's own use of Space (a page down).
    event.preventDefault();
    event.defaultMuiPrevented = true;
    select(String(params.id));
  }
};
