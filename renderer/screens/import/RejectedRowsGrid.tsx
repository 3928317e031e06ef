import { useMemo } from 'react';
import { Box } from '@mui/material';
import { DataGrid, type GridColDef } from '@mui/x-data-grid';
import { useTranslation } from 'react-i18next';
import type { RejectedRow } from '../../../shared/import/import-types';
import { useGridLocaleText } from '../../components/use-grid-locale-text';
import { importText } from './import-text';

type Row = RejectedRow & { id: number };

/**
 * Every row an import refused, with where it was and why (or, with kind warnings, every value it
 * imported as written though HQ's enum has no such member); paged and filtered in the page (a
 * report is read whole).
 */
export function RejectedRowsGrid({ rows, kind = 'rejected' }: { rows: readonly RejectedRow[]; kind?: 'rejected' | 'warnings' }) {
  const { t } = useTranslation();
  const localeText = useGridLocaleText(t(kind === 'rejected' ? 'imports.noRejected' : 'imports.noWarnings'));
  const numbered = useMemo<Row[]>(() => rows.map((row, id) => ({ ...row, id })), [rows]);
  const columns: GridColDef<Row>[] = [
    { field: 'file', headerName: t('imports.file'), width: 220 },
    { field: 'where', headerName: t('imports.where'), width: 200, valueGetter: (where: string) => importText(t, where) },
    { field: 'field', headerName: t('imports.field'), width: 180 },
    { field: 'reason', headerName: t('imports.reason'), flex: 1, minWidth: 280, valueGetter: (reason: string) => importText(t, reason) },
  ];
  return (
    <Box sx={{ height: 420 }}>
      <DataGrid rows={numbered} columns={columns} density="compact" showToolbar label={t(kind === 'rejected' ? 'imports.rejectedRows' : 'imports.warnings')}
        initialState={{ pagination: { paginationModel: { pageSize: 25 } } }} pageSizeOptions={[25, 50, 100]}
        slotProps={{ toolbar: { printOptions: { disableToolbarButton: true } } }}
        localeText={localeText} />
    </Box>
  );
}
