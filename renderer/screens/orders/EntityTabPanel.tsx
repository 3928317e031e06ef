import { useState } from 'react';
import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { TRANSACTION_ENTITIES, type EntityName, type TransactionKey } from '../../../shared/orders/transaction-entities';
import { AuditTrailDialog } from './AuditTrailDialog';
import { HeaderPropertyGrid } from './HeaderPropertyGrid';
import { LineTableGrid } from './LineTableGrid';
import { PendingChanges } from './PendingChanges';
import { OtherFieldsTable } from './OtherFieldsTable';
import type { StoredTransaction } from './stored-transaction';
import type { EditSession } from './use-edit-draft';
import type { EditActions } from './use-edit-actions';
import { term } from '../../i18n/terms';

/** One table of the transaction: its grid, what was refused while typing, the changes to save, and its audit trail. */
export function EntityTabPanel({ txKey, entity, stored, session, actions }: {
  txKey: TransactionKey; entity: EntityName; stored: StoredTransaction; session: EditSession; actions: EditActions;
}) {
  const { t } = useTranslation();
  const [auditOpen, setAuditOpen] = useState(false);
  const prefix = `${entity}:`;
  const changes = Object.entries(session.draft).filter(([id]) => id.startsWith(prefix)).map(([, c]) => c);
  const refusals = Object.entries(session.refusals).filter(([id]) => id.startsWith(prefix));
  return (
    <Stack spacing={1.5}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Typography variant="subtitle2" sx={{ flexGrow: 1 }}>{term(t, TRANSACTION_ENTITIES[entity].label)}</Typography>
        {entity !== 'RetailTransactionTable' && actions.isEditing && (
          <Button variant="outlined" size="small" disabled={!actions.canChangeLines} onClick={() => actions.addLine(entity)}>{t('editAudit.addLine')}</Button>
        )}
        <Button variant="outlined" size="small" onClick={() => setAuditOpen(true)}>{t('editAudit.viewAuditTrail')}</Button>
      </Stack>
      {/* Remounted by Discard changes, so a cell still open in its editor closes with the draft. */}
      <Box key={session.generation}>
        {entity === 'RetailTransactionTable'
          ? <HeaderPropertyGrid header={stored.header} session={session} />
          : <LineTableGrid entity={entity} lines={stored.lines[entity]} session={session}
              onRemove={actions.canChangeLines ? (lineId) => actions.removeLine(entity, lineId) : null} />}
      </Box>
      {entity === 'RetailTransactionTable' && <OtherFieldsTable row={stored.header} />}
      {refusals.map(([id, message]) => <Alert key={id} severity="error">{t('editAudit.refused', { message })}</Alert>)}
      {actions.lines.error && <Alert severity="error" onClose={actions.lines.reset}>{actions.lines.error}</Alert>}
      <PendingChanges entity={entity} changes={changes} errors={session.serverErrors} />
      <AuditTrailDialog txKey={txKey} entity={entity} open={auditOpen} onClose={() => setAuditOpen(false)} />
    </Stack>
  );
}
