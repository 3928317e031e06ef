import type { GridCellParams } from '@mui/x-data-grid';
import type { KeyboardEvent } from 'react';

const CHECKBOX_FIELD = '__check__';

/**
 * A grid's row opens on a click, and, so that it is reachable by keyboard too, on Enter in any of
 * its cells (arrow keys move between cells). Space selects the row from any cell: `select` ticks
 * or unticks it where the list has checkboxes, or opens it where opening is selecting. On the
 * checkbox itself Space is the checkbox's own.
 */
export const openOnEnter = (open: (id: string) => void, select?: (id: string) => void) => (params: GridCellParams, event: KeyboardEvent) => {
  if (params.field === CHECKBOX_FIELD || event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'Enter') open(String(params.id));
  if (event.key === ' ' && select && !event.shiftKey) {
    // Not the page's scroll; and not the grid's own handling of the key.
    event.preventDefault();
    select(String(params.id));
  }
};
