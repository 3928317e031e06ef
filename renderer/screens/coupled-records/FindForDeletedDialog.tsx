import { useRef } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';

/** Find for deleted: confirm, then progress while every coupling is checked, with Cancel. */
export function FindForDeletedDialog({ onClose }: { onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const { hq } = useServices();
  const command = useCommand<'findCouplingsForDeleted'>();
  const cancelId = useRef(crypto.randomUUID());
  const find = async () => {
    const outcome = await command.run({ type: 'findCouplingsForDeleted', cancelId: cancelId.current });
    if (outcome) onClose(t('coupled.found', { count: outcome.counts.failed, checked: outcome.counts.processed }));
  };
  const progress = command.progress;
  return (
    <Dialog open onClose={() => !command.busy && onClose()} maxWidth="sm" fullWidth>
      <DialogTitle>{t('coupled.findTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{t('coupled.findText')}</DialogContentText>
        {command.busy && (
          <>
            <LinearProgress variant={progress ? 'determinate' : 'indeterminate'} value={progress && progress.total ? (100 * progress.counts.processed) / progress.total : 0}
              aria-label={t('coupled.findForDeleted')} sx={{ mt: 2 }} />
            {progress && <DialogContentText>{t('coupled.findProgress', { done: progress.counts.processed, total: progress.total })}</DialogContentText>}
          </>
        )}
        {command.error && <Alert severity="warning" sx={{ mt: 2 }}>{command.error}</Alert>}
      </DialogContent>
      <DialogActions>
        {command.busy
          ? <Button onClick={() => void hq.execute({ type: 'cancel', target: { cancelId: cancelId.current } })}>{t('coupled.cancel')}</Button>
          : <Button onClick={() => onClose()}>{command.error ? t('coupled.close') : t('coupled.cancel')}</Button>}
        {!command.error && <Button variant="contained" disabled={command.busy} onClick={() => void find()}>{t('coupled.find')}</Button>}
      </DialogActions>
    </Dialog>
  );
}
