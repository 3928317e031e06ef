import { TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { RefusalGroup } from '../../../shared/import/import-types';
import { OutlinedTable } from '../../components/OutlinedTable';
import { formatCount } from '../../components/format';
import { importText } from './import-text';
import { OTHER_REASONS } from '../../../shared/import/refusal-log';

/**
 * The refused rows (or warnings) past those a report keeps in full, counted by file, field and
 * reason: three million bad rows read as a few lines, not a grid of millions.
 */
export function RefusalGroupsTable({ groups, kept, kind = 'rejected' }: { groups: readonly RefusalGroup[]; kept: number; kind?: 'rejected' | 'warnings' }) {
  const { t } = useTranslation();
  const title = t(kind === 'rejected' ? 'imports.rejectedMore' : 'imports.warningsMore', { kept: formatCount(kept) });
  return (
    <>
      <Typography variant="subtitle1">{title}</Typography>
      <OutlinedTable label={title} columns={[
        { label: t('imports.file') }, { label: t('imports.field') }, { label: t('imports.reason') }, { label: t('imports.rows'), align: 'right' },
      ]}>
        {groups.map((g) => (
          <TableRow key={`${g.file}/${g.field ?? ''}/${g.reason}`}>
            <TableCell sx={{ overflowWrap: 'anywhere' }}>{g.file || t('imports.allFiles')}</TableCell>
            <TableCell>{g.field ?? ''}</TableCell>
            <TableCell>{g.reason === OTHER_REASONS ? t('imports.otherReasons') : importText(t, g.reason)}</TableCell>
            <TableCell align="right">{formatCount(g.rows)}</TableCell>
          </TableRow>
        ))}
      </OutlinedTable>
    </>
  );
}
