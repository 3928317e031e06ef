import type { ReactNode } from 'react';
import { Paper, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';

export interface Column {
  label: string;
  align?: 'right';
}

/** A small, labelled table in an outlined frame: for short lists where the data grid's paging would be in the way. */
export function OutlinedTable({ label, columns, children }: { label: string; columns: Column[]; children: ReactNode }) {
  return (
    <Paper variant="outlined">
      <Table size="small" aria-label={label}>
        <TableHead>
          <TableRow>
            {columns.map((c, i) => <TableCell key={i} align={c.align}>{c.label}</TableCell>)}
          </TableRow>
        </TableHead>
        <TableBody>{children}</TableBody>
      </Table>
    </Paper>
  );
}
