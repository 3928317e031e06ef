import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { CORE_FIELD_LABELS, isCoreField } from '../../../shared/customers/customer-rules';
import { useServices } from '../../hq/hq-context';
import { formatDateTimeSeconds } from '../../components/format';
import { term } from '../../i18n/terms';

/** Every administrator edit of the operation: field, old value, new value, who and when. */
export function AuditTrail({ operationId }: { operationId: string }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const edits = useLiveQuery(() => db.customerEdits.where('operationId').equals(operationId).reverse().sortBy('id'), [db, operationId]) ?? [];
  if (edits.length === 0) return <Typography color="text.secondary">{t('customers.noEdits')}</Typography>;
  return (
    <Table size="small" aria-label={t('customers.auditTrail')}>
      <TableHead>
        <TableRow>
          {['auditField', 'oldValue', 'newValue', 'editedBy', 'editedAt'].map((c) => <TableCell key={c}>{t(`customers.${c}`)}</TableCell>)}
        </TableRow>
      </TableHead>
      <TableBody>
        {edits.map((e) => (
          <TableRow key={e.id}>
            <TableCell>{isCoreField(e.field) ? term(t, CORE_FIELD_LABELS[e.field]) : e.field.replace(/^attribute:/, '')}</TableCell>
            <TableCell>{e.oldValue || '—'}</TableCell>
            <TableCell>{e.newValue || '—'}</TableCell>
            <TableCell>{e.editedBy}</TableCell>
            <TableCell>{formatDateTimeSeconds(e.editedAt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
