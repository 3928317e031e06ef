import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { enabledActions } from '../../../shared/coupled-records/coupled-records';
import type { HqCommand } from '../../../shared/contracts/hq-commands';
import type { CoupledErrorRow } from '../../../shared/coupled-records/coupled-record-lists';
import { useCommand } from '../../components/use-command';
import { SynchronizeDialog } from './SynchronizeDialog';
import { SetUpCouplingDialog } from './SetUpCouplingDialog';
import { SynchronizationLogDialog } from './SynchronizationLogDialog';
import { FindForDeletedDialog } from './FindForDeletedDialog';
import { OffHereReason, useOffHere } from '../../components/OffInImportedWorkspace';
import type { CommandOutcome } from '../../../shared/runner/run-outcome';

type Dialogs = 'synchronize' | 'setUpCoupling' | 'synchronizationLog' | 'findForDeleted' | 'deleteRecords' | null;
type Said = 'retried' | 'synchronized' | 'removed' | 'restored' | 'deleted';

/** What an action did, in words: how many it acted on, and how many the rule left alone. */
export function describeOutcome(t: TFunction, said: Said, outcome: CommandOutcome | null): string | null {
  if (!outcome?.counts) return null;
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
  const command = useCommand();
  const [dialog, setDialog] = useState<Dialogs>(null);
  const [message, setMessage] = useState<string | null>(null);
  const enabled = enabledActions(selected);
  // Every action writes to HQ or the CRM: all are off in an imported workspace (the log only reads).
  const off = useOffHere('retryAllCouplings');
  const couplingIds = selected.map((r) => r.id);
  const act = async (said: Said, cmd: HqCommand) => {
    setMessage(null);
    const outcome = await command.run(cmd);
    setMessage(describeOutcome(t, said, outcome));
    if (outcome) onDone();
  };
  const button = (label: string, on: boolean, onClick: () => void, reads = false) => (
    <OffHereReason off={off && !reads}>
      <Button variant="outlined" size="small" disabled={!on || command.busy || (off && !reads)} onClick={onClick}>{label}</Button>
    </OffHereReason>
  );
  const counted = (label: string, count: number) => t('selection.actOn', { label, count });
  const retryAll: HqCommand = filtered ? { type: 'retryCouplings', couplingIds: matching.map((r) => r.id) } : { type: 'retryAllCouplings' };
  const close = (said?: Said, outcome?: CommandOutcome | null) => {
    setDialog(null);
    if (said && outcome) {
      setMessage(describeOutcome(t, said, outcome));
      onDone();
    }
  };
  return (
    <>
      <Stack direction="row" spacing={1} component="nav" aria-label={t('coupled.actions')} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        {button(counted(t('coupled.retry'), selected.length), enabled.retry, () => void act('retried', { type: 'retryCouplings', couplingIds }))}
        {button(counted(t('coupled.retryAll'), matching.length), matching.length > 0, () => void act('retried', retryAll))}
        {button(counted(t('coupled.synchronize'), selected.length), enabled.synchronize, () => setDialog('synchronize'))}
        {button(t('coupled.synchronizationLog'), enabled.synchronizationLog, () => setDialog('synchronizationLog'), true)}
        {button(t('coupled.setUpCoupling'), enabled.setUpCoupling, () => setDialog('setUpCoupling'))}
        {button(counted(t('coupled.removeCoupling'), selected.length), enabled.removeCoupling, () => void act('removed', { type: 'removeCouplings', couplingIds }))}
        {button(counted(t('coupled.restoreRecords'), selected.length), enabled.restoreRecords, () => void act('restored', { type: 'restoreCoupledRecords', couplingIds }))}
        {button(counted(t('coupled.deleteRecords'), selected.length), enabled.deleteRecords, () => setDialog('deleteRecords'))}
        {button(t('coupled.findForDeleted'), true, () => setDialog('findForDeleted'))}
      </Stack>
      {message && <Alert severity="success" onClose={() => setMessage(null)}>{message}</Alert>}
      {command.error && <Alert severity="error">{command.error}</Alert>}
      {dialog === 'synchronize' && <SynchronizeDialog rows={selected} onClose={(outcome) => close('synchronized', outcome)} />}
      {dialog === 'setUpCoupling' && <SetUpCouplingDialog integrationId={selected[0]!.integrationId} onClose={(text) => { setDialog(null); if (text) { setMessage(text); onDone(); } }} />}
      {dialog === 'synchronizationLog' && <SynchronizationLogDialog integrationId={selected[0]!.integrationId} description={selected[0]!.description} onClose={() => setDialog(null)} />}
      {dialog === 'findForDeleted' && <FindForDeletedDialog onClose={(text) => { setDialog(null); if (text) setMessage(text); }} />}
      {dialog === 'deleteRecords' && (
        <Dialog open onClose={() => setDialog(null)}>
          <DialogTitle>{t('coupled.deleteTitle')}</DialogTitle>
          <DialogContent><DialogContentText>{t('coupled.deleteText', { count: selected.length })}</DialogContentText></DialogContent>
          <DialogActions>
            <Button onClick={() => setDialog(null)}>{t('coupled.cancel')}</Button>
            <Button color="error" onClick={() => { setDialog(null); void act('deleted', { type: 'deleteCoupledRecords', couplingIds }); }}>{t('coupled.deleteRecords')}</Button>
          </DialogActions>
        </Dialog>
      )}
    </>
  );
}
