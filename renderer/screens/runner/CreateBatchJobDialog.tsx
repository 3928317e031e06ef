import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { JobRequest } from '../../../shared/runner/jobs';
import { useServices } from '../../hq/hq-context';
import { defaultRecurrenceDraft, parseRecurrence, RecurrenceFields } from './RecurrenceFields';

/** Create batch job: the job as the distribution schedule (or a pulled workspace, `help` then saying what it does) has it, recurring every N minutes. */
export function CreateBatchJobDialog({ request, title, help, onClose }: { request: JobRequest | null; title: string; help?: string; onClose: (created: boolean) => void }) {
  const { t } = useTranslation();
  const { host } = useServices();
  const [draft, setDraft] = useState(defaultRecurrenceDraft());
  const [submitted, setSubmitted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    setSubmitted(true);
    const { recurrence } = parseRecurrence(draft);
    if (!recurrence || !request) return;
    try {
      await host.runner.createBatchJob({ request, recurrence });
      onClose(true);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Dialog open={request !== null} onClose={() => onClose(false)} aria-labelledby="create-batch-job-title">
      <DialogTitle id="create-batch-job-title">{t('distribution.createBatchJob')}: {title}</DialogTitle>
      <DialogContent>
        <Typography color="text.secondary" sx={{ mb: 2 }}>{help ?? t('distribution.createHelp')}</Typography>
        <RecurrenceFields draft={draft} onChange={setDraft} showErrors={submitted} />
        {error && <Alert severity="error">{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose(false)}>{t('common.cancel')}</Button>
        <Button variant="contained" onClick={() => void create()}>{t('distribution.create')}</Button>
      </DialogActions>
    </Dialog>
  );
}
