import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HqCommandOf } from '../../shared/contracts/hq-commands';
import { useServices } from '../hq/hq-context';
import { formatCount } from './format';
import { OffHereReason, useOffHere } from './OffInImportedWorkspace';
import { RunProgress } from './RunProgress';
import { useCommand } from './use-command';
import { confirmsCount, TYPED_CONFIRMATION_ABOVE } from './typed-confirmation';

/** What a Synchronize all sends: a batch over the matching orders or customer operations. */
type SynchronizeAllCommand = HqCommandOf<'synchronizeMatchingOrders' | 'synchronizeCustomerOperations'>;

interface Props {
  /** How many rows match: what the confirmation names. */
  count: number;
  /** The button's words (e.g. "Synchronize all that match"). */
  label: string;
  /** The confirmation's question, naming what will be synchronized. */
  question: string;
  /** The command over every matching row; one that carries the cancel id can be canceled by it. */
  command: (cancelId: string) => SynchronizeAllCommand | Promise<SynchronizeAllCommand>;
  /** Told when it starts and when its outcome is dismissed: a list whose rows it synchronizes away keeps it on screen meanwhile. */
  onStart?: () => void;
  onDismiss?: () => void;
  /** Why it may not start now (a record in the list has unsaved changes); null when it may. */
  refusal?: string | null;
  /** Whether to say the refusal beside the button (not when the list's Synchronize above says the same words). */
  sayRefusal?: boolean;
}

/**
 * Synchronizes every row that matches (not only the page on screen) as one command in the HQ
 * worker, after a confirmation with the count (typed above 1,000 rows); shows its progress with a
 * Cancel, then its outcome.
 */
export function SynchronizeAll({ count, label, question, command, onStart, onDismiss, refusal = null, sayRefusal = true }: Props) {
  const { t } = useTranslation();
  const { hq } = useServices();
  const run = useCommand<SynchronizeAllCommand['type']>();
  const off = useOffHere('synchronizeMatchingOrders');
  const [cancelable, setCancelable] = useState(false);
  const [asking, setAsking] = useState(false);
  const [typed, setTyped] = useState('');
  const [cancelId, setCancelId] = useState<string | null>(null);
  const typedOk = confirmsCount(typed, count);
  const start = () => {
    const id = crypto.randomUUID();
    setAsking(false);
    setTyped('');
    setCancelId(id);
    onStart?.();
    void Promise.resolve(command(id)).then((built) => {
      setCancelable(built.cancelId !== undefined);
      return run.run(built);
    }).finally(() => setCancelId(null));
  };
  const counts = run.result?.counts;
  const dismiss = () => {
    run.reset();
    onDismiss?.();
  };
  return (
    <Box>
      <OffHereReason off={off}>
        <Button variant="outlined" disabled={off || count === 0 || run.busy || refusal !== null} onClick={() => { run.reset(); setAsking(true); }}>
          {t('workspace.synchronizeAll.button', { label, count: formatCount(count) })}
        </Button>
      </OffHereReason>
      {refusal && sayRefusal && <Typography variant="body2" color="warning.main" sx={{ mt: 0.5 }}>{refusal}</Typography>}
      <Dialog open={asking} onClose={() => setAsking(false)} aria-labelledby="synchronize-all-title">
        <DialogTitle id="synchronize-all-title">{label}</DialogTitle>
        <DialogContent>
          <DialogContentText>{question}</DialogContentText>
          <DialogContentText sx={{ mt: 1 }}>{t('workspace.synchronizeAll.skipped')}</DialogContentText>
          {count > TYPED_CONFIRMATION_ABOVE && (
            <TextField sx={{ mt: 2 }} fullWidth autoFocus label={t('workspace.synchronizeAll.typeCount', { count: formatCount(count) })}
              value={typed} onChange={(e) => setTyped(e.target.value)} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setAsking(false)}>{t('common.cancel')}</Button>
          <Button variant="contained" disabled={!typedOk} onClick={start}>{t('workspace.synchronizeAll.confirm', { count: formatCount(count) })}</Button>
        </DialogActions>
      </Dialog>
      {run.busy && (
        <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
          <Box sx={{ flex: 1 }}>
            <RunProgress done={run.progress?.counts.processed ?? 0} total={run.progress?.total ?? null}
              label={t('transactions.synchronizing', { done: formatCount(run.progress?.counts.processed ?? 0), total: formatCount(run.progress?.total ?? count) })} />
          </Box>
          {cancelable && <Button disabled={!cancelId} onClick={() => cancelId && void hq.execute({ type: 'cancel', target: { cancelId } })}>{t('workspace.synchronizeAll.cancel')}</Button>}
        </Stack>
      )}
      {counts && (
        <Alert sx={{ mt: 1 }} severity={run.result?.status === 'Canceled' || counts.failed > 0 ? 'warning' : 'success'} onClose={dismiss}>
          {run.result?.status === 'Canceled' && `${t('workspace.synchronizeAll.canceled')} `}{t('transactions.outcome', { ...counts })}
        </Alert>
      )}
      {run.error && <Alert sx={{ mt: 1 }} severity="error" onClose={dismiss}>{run.error}</Alert>}
    </Box>
  );
}
