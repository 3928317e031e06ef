import { Box, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EntityName } from '../../../shared/orders/transaction-entities';
import { changeId } from '../../../shared/orders/transaction-edits';
import type { FieldErrors } from '../../../shared/platform/validation-error';
import { OutlinedTable } from '../../components/OutlinedTable';
import { specOf, type DraftChange } from './edit-draft';
import { term } from '../../i18n/terms';
import { storedValueText } from './field-display';

/** "Changes to save" under a table's grid: each pending value beside the stored one, and the engine's refusal if Save met one. */
export function PendingChanges({ entity, changes, errors }: { entity: EntityName; changes: DraftChange[]; errors: FieldErrors }) {
  const { t } = useTranslation();
  if (changes.length === 0) return null;
  const lines = entity !== 'RetailTransactionTable';
  const empty = t('editAudit.emptyValue');
  const columns = [
    ...(lines ? [{ label: t('editAudit.line') }] : []),
    { label: t('editAudit.field') }, { label: t('editAudit.oldValue') }, { label: t('editAudit.newValue') },
  ];
  return (
    <Box>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 0.5 }}>{t('editAudit.changesToSave')}</Typography>
      <OutlinedTable label={t('editAudit.changesToSave')} columns={columns}>
        {changes.map((c) => {
          const error = errors[changeId(c)];
          return (
            <TableRow key={changeId(c)}>
              {lines && <TableCell>{c.line ?? '—'}</TableCell>}
              <TableCell>{term(t, specOf(c.entity, c.field)?.label ?? c.field)}</TableCell>
              <TableCell sx={{ color: 'text.secondary' }}>{storedValueText(t, c.entity, c.field, c.oldValue) || empty}</TableCell>
              <TableCell>
                {storedValueText(t, c.entity, c.field, c.value) || empty}
                {error && <Typography variant="body2" color="error">{error}</Typography>}
              </TableCell>
            </TableRow>
          );
        })}
      </OutlinedTable>
    </Box>
  );
}
