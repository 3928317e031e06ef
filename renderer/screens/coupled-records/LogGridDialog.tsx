import type { ReactNode } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { DataGrid, type GridColDef, type GridValidRowModel } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import { useGridLocaleText } from '../../components/use-grid-locale-text';

/** A log in a dialog: a grid of its rows (newest first, as read), what it says when there are none, and anything above it. */
export function LogGridDialog<R extends GridValidRowModel>({ title, rows, columns, none, children, onClose }: {
  title: string; rows: R[] | undefined; columns: GridColDef<R>[]; none: string; children?: ReactNode; onClose: () => void;
}) {
  const { t } = useTranslation();
  const localeText = useGridLocaleText(none);
  return (
    <Dialog open onClose={onClose} maxWidth="xl" fullWidth>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {children}
        <Box sx={{ height: 420 }}>
          <DataGrid rows={rows ?? []} loading={!rows} columns={columns} density="compact" getRowHeight={() => 'auto'} showToolbar label={title}
            pageSizeOptions={[25, 50, 100]} initialState={{ pagination: { paginationModel: { pageSize: 25 } } }}
            localeText={localeText} aria-label={title} />
        </Box>
      </DialogContent>
      <DialogActions><Button onClick={onClose}>{t('coupled.close')}</Button></DialogActions>
    </Dialog>
  );
}
