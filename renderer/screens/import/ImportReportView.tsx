import { Alert, AlertTitle, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/import/import-types';
import { LabeledField } from '../../components/LabeledField';
import { OutlinedTable } from '../../components/OutlinedTable';
import { formatCount } from '../../components/format';
import { RejectedRowsGrid } from './RejectedRowsGrid';
import { ImportPartColumns } from './ImportPartColumns';
import { term } from '../../i18n/terms';
import { RefusalGroupsTable } from './RefusalGroupsTable';
import { rejectedCount, warningCount } from '../../../shared/import/refusal-log';

/** What an import read, took and refused: the counts, each file with the entities found in it, and every rejected row. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation();
  const rejected = rejectedCount(report);
  const warnings = warningCount(report);
  return (
    <Stack spacing={1.5}>
      {(report.incomplete ?? []).length > 0 && (
        <Alert severity="warning">
          <AlertTitle>{t('imports.incompleteWorkspace')}</AlertTitle>
          <ul style={{ margin: 0 }}>{report.incomplete!.map((m) => <li key={m}>{m}</li>)}</ul>
        </Alert>
      )}
      <Stack direction="row" spacing={4}>
        <LabeledField label={t('imports.rowsRead')}><Typography variant="h6" component="p">{formatCount(report.rowsRead)}</Typography></LabeledField>
        <LabeledField label={t('imports.imported')}><Typography variant="h6" component="p">{formatCount(report.imported)}</Typography></LabeledField>
        <LabeledField label={t('imports.rejected')}>
          <Typography variant="h6" component="p" color={rejected > 0 ? 'warning.main' : undefined}>{formatCount(rejected)}</Typography>
        </LabeledField>
        {report.warnings && (
          <LabeledField label={t('imports.warnings')}>
            <Typography variant="h6" component="p" color={warnings > 0 ? 'warning.main' : undefined}>{formatCount(warnings)}</Typography>
          </LabeledField>
        )}
      </Stack>
      <Typography variant="subtitle1">{t('imports.recognized')}</Typography>
      <OutlinedTable label={t('imports.recognized')} columns={[
        { label: t('imports.file') }, { label: t('imports.format') }, { label: t('imports.part') }, { label: t('imports.entity') },
        { label: t('imports.rowsRead'), align: 'right' },
      ]}>
        {report.files.flatMap((file) => file.parts.length === 0 ? [(
          <TableRow key={file.name}>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{file.name}</TableCell>
            <TableCell>{file.format}</TableCell>
            <TableCell colSpan={3}>{t('imports.nothingRecognized')}</TableCell>
          </TableRow>
        )] : file.parts.map((part, i) => (
          <TableRow key={`${file.name}/${part.path}`}>
            {/* A package's data files are listed under it, its name and format once. */}
            {i === 0 && <TableCell rowSpan={file.parts.length} sx={{ verticalAlign: 'top', overflowWrap: 'anywhere' }}>{file.name}</TableCell>}
            {i === 0 && <TableCell rowSpan={file.parts.length} sx={{ verticalAlign: 'top' }}>{file.format}</TableCell>}
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{part.path}</TableCell>
            <TableCell title={part.entity}>{part.source ? `${term(t, part.entityLabel)} · ${part.source}` : term(t, part.entityLabel)}</TableCell>
            <TableCell align="right">{formatCount(part.rowsRead)}</TableCell>
          </TableRow>
        )))}
      </OutlinedTable>
      {report.files.flatMap((file) => file.parts.filter((part) => part.columnsMapped).map((part) => (
        <ImportPartColumns key={`${file.name}/${part.path}/${part.source}`} file={file.name} part={part} />
      )))}
      {report.files.flatMap((file) => (file.notes ?? []).map((note) => <Alert key={`${file.name}/${note}`} severity="info">{`${file.name}: ${note}`}</Alert>))}
      {(report.notes ?? []).map((note) => <Alert key={note} severity="info">{note}</Alert>)}
      {/* The grids' toolbars carry their titles, Rejected rows and Warnings. */}
      <RejectedRowsGrid rows={report.rejected} />
      {report.rejectedMore && <RefusalGroupsTable groups={report.rejectedMore} kept={report.rejected.length} />}
      {report.warnings && <RejectedRowsGrid rows={report.warnings} kind="warnings" />}
      {report.warningsMore && <RefusalGroupsTable groups={report.warningsMore} kept={report.warnings?.length ?? 0} kind="warnings" />}
    </Stack>
  );
}
