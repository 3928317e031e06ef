import { Alert, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { EditActions } from './use-edit-actions';
import { OffHereReason, useOffHere } from '../../components/OffInImportedWorkspace';

/**
 * The actions on the selected transaction, in the order a correction takes: Edit, Save (or
 * Discard changes), Finish editing, Synchronize order; with each command's outcome beneath.
 */
export function EditBar({ actions, onSave, onDiscard }: { actions: EditActions; onSave: () => void; onDiscard: () => void }) {
  const { t } = useTranslation();
  const { editing, save, synchronize, pending, isEditing } = actions;
  const counts = synchronize.result?.counts;
  // Off in an imported workspace, saying why, rather than refused only once clicked.
  const synchronizeOff = useOffHere('synchronizeOrders');
  return (
    <Stack spacing={1} sx={{ mb: 1.5 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1 }}>
        <Button variant="outlined" disabled={!actions.canEdit} onClick={actions.startEditing}>{t('editAudit.edit')}</Button>
        <Button variant="contained" disabled={!actions.canSave} onClick={onSave}>{t('editAudit.save')}</Button>
        <Button disabled={!actions.canDiscard} onClick={onDiscard}>{t('editAudit.discard')}</Button>
        <Button variant="outlined" disabled={!actions.canFinish} onClick={actions.finishEditing}>{t('editAudit.finishEditing')}</Button>
        <OffHereReason off={synchronizeOff}>
          <Button variant="contained" disabled={synchronizeOff || !actions.canSynchronize} onClick={actions.synchronizeOrder}>{t('transactions.synchronizeOrder')}</Button>
        </OffHereReason>
        {pending.length > 0 && <Typography variant="body2" color="text.secondary">{t('editAudit.pendingCount', { count: pending.length })}</Typography>}
      </Stack>
      {isEditing && <Alert severity="info" role="status">{t('editAudit.editingNote')}</Alert>}
      {isEditing && pending.length > 0 && <Typography variant="body2" color="text.secondary">{t('editAudit.saveFirst')}</Typography>}
      {editing.error && <Alert severity="error" onClose={editing.reset}>{editing.error}</Alert>}
      {save.result && (
        <Alert severity="success" onClose={save.reset}>
          {save.result.changed > 0 ? t('editAudit.saved', { count: save.result.changed }) : t('editAudit.nothingChanged')}
        </Alert>
      )}
      {save.error && (
        <Alert severity="error" onClose={save.reset}>{Object.keys(save.fieldErrors).length > 0 ? t('editAudit.notSaved') : save.error}</Alert>
      )}
      {counts && (
        <Alert severity={counts.failed > 0 ? 'warning' : 'success'} onClose={synchronize.reset}>{t('transactions.outcome', { ...counts })}</Alert>
      )}
      {synchronize.error && <Alert severity="error" onClose={synchronize.reset}>{synchronize.error}</Alert>}
    </Stack>
  );
}
