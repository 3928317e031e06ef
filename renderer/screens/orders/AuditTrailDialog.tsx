import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TableCell, TableRow, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { TRANSACTION_ENTITIES, keyText, keyTuple, type EntityName, type TransactionKey } from '../../../shared/orders/transaction-entities';
import { useServices } from '../../hq/hq-context';
import { formatDateTimeSeconds } from '../../components/format';
import { OutlinedTable } from '../../components/OutlinedTable';
import { specOf } from './edit-draft';
import { storedValueText } from './field-display';
import { WHOLE_LINE } from '../../../shared/orders/transaction-edits';
import { term } from '../../i18n/terms';
import { KEY_INDEX } from '../../../shared/db/retail-transaction-tables';

/** View audit trail: every saved change to one table of this transaction, newest first. */
export function AuditTrailDialog({ txKey, entity, open, onClose }: { txKey: TransactionKey; entity: EntityName; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const text = keyText(txKey);
  const edits = useLiveQuery(
    async () => (open ? (await db.transactionEdits.where(KEY_INDEX).equals(keyTuple(txKey)).filter((e) => e.entity === entity).sortBy('id')).reverse() : []),
    [db, text, entity, open], // the key's text stands for the key
  );
  const table = term(t, TRANSACTION_ENTITIES[entity].label);
  const lines = entity !== 'RetailTransactionTable';
  const columns = [
    { label: t('editAudit.modifiedAt') }, ...(lines ? [{ label: t('editAudit.line') }] : []),
    { label: t('editAudit.field') }, { label: t('editAudit.oldValue') }, { label: t('editAudit.newValue') }, { label: t('editAudit.modifiedBy') },
  ];
  const title = t('editAudit.auditTrailOf', { table });
  const empty = <Typography component="span" variant="body2" color="text.secondary">{t('editAudit.emptyValue')}</Typography>;
  return (
    <Dialog open={open} onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="audit-trail-title">
      <DialogTitle id="audit-trail-title">{title}</DialogTitle>
      <DialogContent>
        {edits && edits.length === 0 ? (
          <Typography color="text.secondary">{t('editAudit.noAudit', { table })}</Typography>
        ) : (
          <OutlinedTable label={title} columns={columns}>
            {(edits ?? []).map((e) => (
              <TableRow key={e.id}>
                <TableCell>{formatDateTimeSeconds(e.modifiedAt)}</TableCell>
                {lines && <TableCell>{e.line ?? '—'}</TableCell>}
                <TableCell>{e.field === WHOLE_LINE ? t('editAudit.wholeLine') : term(t, specOf(e.entity, e.field)?.label ?? e.field)}</TableCell>
                <TableCell>{storedValueText(t, e.entity, e.field, e.oldValue) || empty}</TableCell>
                <TableCell>{storedValueText(t, e.entity, e.field, e.newValue) || empty}</TableCell>
                <TableCell>{e.modifiedBy}</TableCell>
              </TableRow>
            ))}
          </OutlinedTable>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('editAudit.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
