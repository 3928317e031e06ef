import { useState } from 'react';
import { Alert, Button, Paper, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { JobRequest } from '../../../shared/runner/jobs';
import { useServices } from '../../hq/hq-context';
import { defaultRecurrenceDraft, parseRecurrence, RecurrenceFields } from './RecurrenceFields';
import { RunOutcome } from './RunOutcome';
import { useRunNow } from './use-run-now';
import { defaultRequest, JobRequestFields, requestReady } from './JobRequestFields';
import { OffHereReason, useJobOffHere } from '../../components/OffInImportedWorkspace';

/** Pick a job and what it works on; run it now, or create a recurring batch job of it. */
export function RunOrScheduleCard() {
  const { t } = useTranslation();
  const { host } = useServices();
  const [request, setRequest] = useState<JobRequest>(defaultRequest('synchronize-orders'));
  const [draft, setDraft] = useState(defaultRecurrenceDraft(5));
  const [submitted, setSubmitted] = useState(false);
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useRunNow();
  const off = useJobOffHere(request.jobId);
  const ready = requestReady(request);
  const create = async () => {
    setSubmitted(true);
    setCreated(null);
    setError(null);
    const { recurrence } = parseRecurrence(draft);
    if (!recurrence) return;
    try {
      await host.runner.createBatchJob({ request, recurrence });
      setCreated(t(`jobNames.${request.jobId}`));
      setSubmitted(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('batchJobs.runOrSchedule')}>
      <Typography variant="h6" sx={{ mb: 1.5 }}>{t('batchJobs.runOrSchedule')}</Typography>
      <JobRequestFields value={request} onChange={(r) => { setRequest(r); run.reset(); }} />
      <Stack direction="row" spacing={2} sx={{ mt: 2, alignItems: 'flex-start', flexWrap: 'wrap' }}>
        <OffHereReason off={off}>
          <Button variant="contained" disabled={off || !ready || run.busy} onClick={() => void run.start(() => host.runner.runNow(request))}>{t('jobs.runNow')}</Button>
        </OffHereReason>
        <Typography sx={{ pt: 1 }} color="text.secondary">{t('batchJobs.or')}</Typography>
        <RecurrenceFields draft={draft} onChange={setDraft} showErrors={submitted} />
        <Button variant="outlined" disabled={!ready} onClick={() => void create()}>{t('distribution.createBatchJob')}</Button>
      </Stack>
      <RunOutcome jobId={request.jobId} state={run} onClose={run.reset} />
      {created && <Alert severity="success" onClose={() => setCreated(null)}>{t('batchJobs.created', { job: created })}</Alert>}
      {error && <Alert severity="error">{error}</Alert>}
    </Paper>
  );
}
