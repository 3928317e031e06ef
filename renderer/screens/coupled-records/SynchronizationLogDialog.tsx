import { Stack, Typography } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Coupling } from '../../../shared/coupled-records/coupled-records';
import { readSynchronizationLog } from '../../../shared/coupled-records/coupled-record-lists';
import { useServices } from '../../hq/hq-context';
import { LogGridDialog } from './LogGridDialog';
import { synchronizationLogColumns } from './synch-log-columns';

/** Each side's Last Synch. Result and its job, as the coupling keeps them. */
function LastResults({ coupling }: { coupling: Coupling }) {
  const { t } = useTranslation();
  const side = (label: string, result: Coupling['lastSynchResult'], jobId: number | null, jobLabel: string) =>
    `${t(`coupled.${label}`)}: ${result ? t(`coupled.lastResults.${result}`) : '—'} · ${t(`coupled.${jobLabel}`)}: ${jobId ?? '—'}`;
  return (
    <Stack direction="row" spacing={3} sx={{ flexWrap: 'wrap', mb: 1 }} aria-label={t('coupled.lastResult')}>
      <Typography>{side('lastResult', coupling.lastSynchResult, coupling.lastSynchJobId, 'lastJobId')}</Typography>
      <Typography>{side('lastCrmResult', coupling.lastSynchCrmResult, coupling.lastSynchCrmJobId, 'lastCrmJobId')}</Typography>
    </Stack>
  );
}

/**
 * A coupled record's Synchronization log: every job that touched it (synchronizations, each a
 * direction in the mapping's words; uncouplings; couplings; scheduled or by a person), and the
 * result and job the coupling keeps for each side.
 */
export function SynchronizationLogDialog({ integrationId, description, onClose }: { integrationId: string; description: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const rows = useLiveQuery(() => readSynchronizationLog(db, integrationId), [db, integrationId]);
  const coupling = useLiveQuery(() => db.crmCouplings.where('integrationId').equals(integrationId).first(), [db, integrationId]);
  return (
    <LogGridDialog title={t('coupled.logTitle', { description })} rows={rows} columns={synchronizationLogColumns(t)} none={t('coupled.logNone')} onClose={onClose}>
      {coupling && <LastResults coupling={coupling} />}
    </LogGridDialog>
  );
}
