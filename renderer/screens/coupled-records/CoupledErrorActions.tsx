import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { enabledActions } from '../../../shared/coupled-records/coupled-records';
import type { HqCommandOf } from '../../../shared/contracts/hq-commands';
import type { CoupledErrorRow } from '../../../shared/coupled-records/coupled-record-lists';
import { useCommand } from '../../components/use-command';
import { SynchronizeDialog } from './SynchronizeDialog';
import { SetUpCouplingDialog } from './SetUpCouplingDialog';
import { SynchronizationLogDialog } from './SynchronizationLogDialog';
import { FindForDeletedDialog } from './FindForDeletedDialog';
import { OffHereReason, useOffHere } from '../../components/OffInImportedWorkspace';
import { useUserName } from '../../components/use-user-name';
import { useServices } from '../../hq/hq-context';
import type { CommandOutcome } from '../../../shared/runner/run-outcome';
import type { RunCounts } from '../../../shared/runner/job-runs';
import { useRunNow } from '../runner/use-run-now';
import { UncouplingLogDialog } from './UncouplingLogDialog';
import { synchronizationNotification } from './synch-job-text';

type Dialogs = 'synchronize' | 'setUpCoupling' | 'synchronizationLog' | 'uncouplingLog' | 'findForDeleted' | 'deleteRecords' | null;
type Said = 'retried' | 'removed' | 'deleted';
/** The actions on the couplings chosen, each answering how many it acted on and how many its rule left alone. */
type CouplingAction = HqCommandOf<'retryCouplings' | 'retryAllCouplings' | 'removeCouplings' | 'deleteCoupledRecords'>;

/** What an action did, in words: how many it acted on, and how many the rule left alone. */
export function describeOutcome(t: TFunction, said: Said, outcome: { counts: RunCounts } | null): string | null {
  if (!outcome) return null;
  const { succeeded, skipped } = outcome.counts;
  const main = t(`coupled.${said}`, { count: succeeded });
  if (!skipped) return main;
  return `${main} ${said === 'retried' ? t('coupled.notRetried', { count: skipped }) : t('coupled.leftAlone', { count: skipped })}`;
}

interface Props {
  /** The ticked rows on screen: what every action but Retry all acts on. */
  selected: CoupledErrorRow[];
  /** Every row the grid's filters match, on any page: what Retry all acts on. */
  matching: CoupledErrorRow[];
  /** Whether the filters hide some rows (Retry all then retries the matching ones only). */
  filtered: boolean;
  onDone: () => void;
}

/**
 * The actions of Coupled data synchronization errors, each enabled exactly as REFERENCE.md §5 says
 * for the selected rows, each saying how many rows it acts on. None touches a row the filters hide.
 */
export function CoupledErrorActions({ selected, matching, filtered, onDone }: Props) {
  const { t } = useTranslation();
  const command = useCommand<CouplingAction['type']>();
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [message, setMessage] = useState<string | null>(null);
  // A run that failed or skipped records says so as a warning, not as a success.
  const [partly, setPartly] = useState(false);
  const [runError, setRunError] = useState<string | null>(null);
  const say = (text: string | null, warn = false) => {
    setMessage(text);
    setPartly(warn);
  };
  const enabled = enabledActions(selected);
  const user = useUserName();
  const { host } = useServices();
  const restoring = useRunNow();
  // Every action writes to HQ or the CRM: all are off in an imported workspace (the log only reads).
  const off = useOffHere('retryAllCouplings');
  const couplingIds = selected.map((r) => r.id);
  const act = async (said: Said, cmd: CouplingAction) => {
    say(null);
    setRunError(null);
    const outcome = await command.run(cmd);
    say(describeOutcome(t, said, outcome));
    if (outcome) onDone();
  };
  const button = (label: string, on: boolean, onClick: () => void, reads = false) => (
    <OffHereReason off={off && !reads}>
      <Button variant="outlined" size="small" disabled={!on || command.busy || (off && !reads)} onClick={onClick}>{label}</Button>
    </OffHereReason>
  );
  /** A synchronization run's outcome (Synchronize, Restore records): Business Central's notification, or why the run ended in error. */
  const ran = (outcome: CommandOutcome) => {
    say(outcome.counts ? synchronizationNotification(t, outcome.counts) : null, Boolean(outcome.counts && (outcome.counts.failed || outcome.counts.skipped)));
    setRunError(outcome.error);
    onDone();
  };
  const restore = async () => {
    say(null);
    setRunError(null);
    await restoring.start(async () => {
      const outcome = await host.runner.runNow({ jobId: 'integration-synchronization', records: { action: 'restoreRecords', couplingIds, user } });
      ran(outcome);
      return outcome;
    });
  };
  const counted = (label: string, count: number) => t('selection.actOn', { label, count });
  const retryAll: CouplingAction = filtered ? { type: 'retryCouplings', couplingIds: matching.map((r) => r.id) } : { type: 'retryAllCouplings' };
  return (
    <>
      <Stack direction="row" spacing={1} component="nav" aria-label={t('coupled.actions')} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {button(counted(t('coupled.retry'), selected.length), enabled.retry, () => void act('retried', { type: 'retryCouplings', couplingIds }))}
        {button(counted(t('coupled.retryAll'), matching.length), matching.length > 0, () => void act('retried', retryAll))}
        {button(counted(t('coupled.synchronize'), selected.length), enabled.synchronize, () => setDialog('synchronize'))}
        {button(t('coupled.synchronizationLog'), enabled.synchronizationLog, () => setDialog('synchronizationLog'), true)}
        {button(t('coupled.uncouplingLog'), true, () => setDialog('uncouplingLog'), true)}
        {button(t('coupled.setUpCoupling'), enabled.setUpCoupling, () => setDialog('setUpCoupling'))}
        {button(counted(t('coupled.removeCoupling'), selected.length), enabled.removeCoupling, () => void act('removed', { type: 'removeCouplings', couplingIds, user }))}
        {button(counted(t('coupled.restoreRecords'), selected.length), enabled.restoreRecords && !restoring.busy, () => void restore())}
        {button(counted(t('coupled.deleteRecords'), selected.length), enabled.deleteRecords, () => setDialog('deleteRecords'))}
        {button(t('coupled.findForDeleted'), true, () => setDialog('findForDeleted'))}
      </Stack>
      {message && <Alert severity={partly ? 'warning' : 'success'} onClose={() => setMessage(null)}>{message}</Alert>}
      {(command.error ?? restoring.error ?? runError) && <Alert severity="error">{command.error ?? restoring.error ?? runError}</Alert>}
      {dialog === 'synchronize' && <SynchronizeDialog rows={selected} onClose={(outcome) => { setDialog(null); if (outcome) ran(outcome); }} />}
      {dialog === 'setUpCoupling' && <SetUpCouplingDialog integrationId={selected[0]!.integrationId} onClose={(text) => { setDialog(null); if (text) { say(text); onDone(); } }} />}
      {dialog === 'synchronizationLog' && <SynchronizationLogDialog integrationId={selected[0]!.integrationId} description={selected[0]!.description} onClose={() => setDialog(null)} />}
      {dialog === 'uncouplingLog' && <UncouplingLogDialog onClose={() => setDialog(null)} />}
      {dialog === 'findForDeleted' && <FindForDeletedDialog onClose={(text) => { setDialog(null); if (text) say(text); }} />}
      {dialog === 'deleteRecords' && (
        <Dialog open onClose={() => setDialog(null)}>
          <DialogTitle>{t('coupled.deleteTitle')}</DialogTitle>
          <DialogContent><DialogContentText>{t('coupled.deleteText', { count: selected.length })}</DialogContentText></DialogContent>
          <DialogActions>
            <Button onClick={() => setDialog(null)}>{t('coupled.cancel')}</Button>
            <Button color="error" onClick={() => { setDialog(null); void act('deleted', { type: 'deleteCoupledRecords', couplingIds, user }); }}>{t('coupled.deleteRecords')}</Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
