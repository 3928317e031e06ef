import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/db/workspace-registry';
import { useCommand } from '../../components/use-command';

/** Asks before deleting an imported workspace: its data, and the edits made in it, cannot be brought back. */
export function DeleteWorkspaceDialog({ workspace, onClose }: { workspace: Workspace; onClose: () => void }) {
  const { t } = useTranslation();
  const command = useCommand();
  const confirm = async () => {
    if (await command.run({ type: 'deleteWorkspace', workspaceId: workspace.id })) onClose();
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="delete-workspace-title">
      <DialogTitle id="delete-workspace-title">{t('imports.deleteTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('imports.deleteText', { name: workspace.name })}</DialogContentText>
        {command.error && <Alert severity="error" sx={{ mt: 1 }}>{command.error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} autoFocus>{t('common.cancel')}</Button>
        <Button color="error" disabled={command.busy} onClick={() => void confirm()}>{t('imports.delete')}</Button>
      </DialogActions>
    </Dialog>
  );
}
