import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';
import { useUserName } from '../../components/use-user-name';
import type { CouplingSyncAction } from '../../../shared/coupled-records/coupled-actions';

const SYNC_ACTIONS: CouplingSyncAction[] = ['none', 'send', 'get'];
const HELP = { none: 'coupled.noneHelp', send: 'coupled.sendHelp', get: 'coupled.getHelp' } as const;

/**
 * Set up coupling: couple the customer to a CRM account not coupled yet, and then, as the Synch.
 * action says, leave them as they are, send or get. The customer is coupled already (it is on the
 * error page), so Do not synchronize comes chosen, as BC's Coupling Record Buffer chooses it then.
 */
export function SetUpCouplingDialog({ integrationId, onClose }: { integrationId: string; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const free = useLiveQuery(async () => {
    const coupled = new Set(await db.crmCouplings.orderBy('crmId').keys());
    return (await db.crmAccounts.toArray()).filter((a) => !coupled.has(a.accountid)).sort((a, b) => a.name.localeCompare(b.name));
  }, [db]);
  const [crmId, setCrmId] = useState('');
  const [syncAction, setSyncAction] = useState<CouplingSyncAction>('none');
  const user = useUserName();
  const couple = async () => {
    const outcome = await command.run({ type: 'setUpCoupling', integrationId, crmId, syncAction, user });
    const name = free?.find((a) => a.accountid === crmId)?.name;
    if (outcome) onClose(t(syncAction === 'none' ? 'coupled.coupledOnly' : 'coupled.coupled', { account: integrationId, name }));
  };
  return (
    <Dialog open onClose={() => onClose()} maxWidth="sm" fullWidth>
      <DialogTitle>{t('coupled.setUpTitle', { account: integrationId })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <DialogContentText>{t('coupled.setUpHelp')}</DialogContentText>
          {free?.length === 0 ? <Alert severity="info">{t('coupled.noFreeAccounts')}</Alert> : (
            <TextField select label={t('coupled.crmAccount')} value={crmId} onChange={(e) => setCrmId(e.target.value)}>
              {(free ?? []).map((a) => <MenuItem key={a.accountid} value={a.accountid}>{`${a.name} (${a.address1_city})`}</MenuItem>)}
            </TextField>
          )}
          <RadioGroup value={syncAction} onChange={(e) => setSyncAction(e.target.value as CouplingSyncAction)} aria-label={t('coupled.syncAction')}>
            {SYNC_ACTIONS.map((a) => <FormControlLabel key={a} value={a} control={<Radio />} label={`${t(`coupled.syncActions.${a}`)}: ${t(HELP[a])}`} />)}
          </RadioGroup>
          {command.error && <Alert severity="error">{command.error}</Alert>}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={() => onClose()}>{t('coupled.cancel')}</Button>
        <Button variant="contained" disabled={!crmId || command.busy} onClick={() => void couple()}>{t('coupled.couple')}</Button>
      </DialogActions>
    </Dialog>
  );
}
