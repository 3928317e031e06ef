import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';

/** A value kept from the export, as the file had it: text as it is, anything else as JSON writes it. */
export const otherFieldText = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value) ?? '');

/** A row's other fields from the export, if it has any (rows of an import only). */
export function otherFieldsOf(row: Readonly<Record<string, unknown>>): [string, unknown][] {
  const others = row.otherFields;
  return typeof others === 'object' && others !== null && !Array.isArray(others) ? Object.entries(others) : [];
}

/**
 * The columns of the export that no field of this table holds, kept with the record under their
 * real names and shown here as they were in the file: nothing the export carried is hidden.
 */
export function OtherFieldsTable({ row }: { row: Readonly<Record<string, unknown>> }) {
  const { t } = useTranslation();
  const fields = otherFieldsOf(row);
  if (fields.length === 0) return null;
  return (
    <Box component="section" aria-label={t('transactions.otherFields')}>
      <Typography variant="subtitle2" component="h3">{t('transactions.otherFields')} ({fields.length})</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('transactions.otherFieldsHelp')}</Typography>
      <Box sx={{ maxHeight: 320, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" stickyHeader>
          <TableHead><TableRow><TableCell>{t('editAudit.field')}</TableCell><TableCell>{t('transactions.valueInExport')}</TableCell></TableRow></TableHead>
          <TableBody>
            {fields.map(([name, value]) => (
              <TableRow key={name}><TableCell>{name}</TableCell><TableCell sx={{ overflowWrap: 'anywhere' }}>{otherFieldText(value)}</TableCell></TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
    </Box>
  );
}
