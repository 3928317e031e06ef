import type { GridCellParams } from '@mui/x-data-grid';
import type { KeyboardEvent } from 'react';

/**
 * A grid's row opens on a click, and, so that it is reachable by keyboard too, on Enter in any of
 * its cells (arrow keys move between cells, Space selects the row).
 */
export const openOnEnter = (open: (id: string) => void) => (params: GridCellParams, event: KeyboardEvent) => {
  if (event.key === 'Enter' && params.field !== '__check__') open(String(params.id));
};
