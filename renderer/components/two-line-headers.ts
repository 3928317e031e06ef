/**
 * A grid's column headers on up to two lines: HQ's long column names ("Coupled record exists",
 * "Status for ventende ordre") fit narrow columns in every language, so a list's key columns fit
 * beside its record. Spread onto a DataGrid.
 */
export const TWO_LINE_HEADERS = {
  columnHeaderHeight: 52,
  sx: { '& .MuiDataGrid-columnHeaderTitle': { whiteSpace: 'normal', lineHeight: 1.25 } },
} as const;
