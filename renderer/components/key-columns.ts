import type { GridColDef, GridValidRowModel } from '@mui/x-data-grid';

/** MUI's checkbox column, and room for a grid's vertical scroll bar. */
const CHECKBOXES = 50;
const SCROLL_BAR = 18;

/**
 * The width a list needs to show its first `count` columns whole (its key columns, put first on
 * purpose), with its checkboxes and its scroll bar, and `peek` pixels of the next one (enough for
 * its header). What ListRecordSplit gives the list beside its record at first.
 */
export function keyColumnsWidth<R extends GridValidRowModel>(columns: readonly GridColDef<R>[], count: number, { checkboxes = false, peek = 0 } = {}): number {
  return (checkboxes ? CHECKBOXES : 0) + columns.slice(0, count).reduce((sum, column) => sum + (column.width ?? column.minWidth ?? 100), 0) + peek + SCROLL_BAR;
}
