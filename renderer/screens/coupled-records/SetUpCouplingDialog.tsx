import { useState } from 'react';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, FormControlLabel, MenuItem, Radio, RadioGroup, Stack, TextField } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { useCommand } from '../../components/use-command';

/** Set up coupling: couple the customer to a CRM account not coupled yet, and synchronize them at once. */
export function SetUpCouplingDialog({ integrationId, onClose }: { integrationId: string; onClose: (message?: string) => void }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const free = useLiveQuery(async () => {
    const coupled = new Set(await db.crmCouplings.orderBy('crmId').keys());
    return (await db.crmAccounts.toArray()).filter((a) => !coupled.has(a.accountid)).sort((a, b) => a.name.localeCompare(b.name));
  }, [db]);
  const [crmId, setCrmId] = useState('');
  const [direction, setDirection] = useState<'send' | 'get'>('send');
  const couple = async () => {
    const outcome = await command.run({ type: 'setUpCoupling', integrationId, crmId, direction });
    if (outcome) onClose(t('coupled.coupled', { account: integrationId, name: free?.find((a) => a.accountid === crmId)?.name }));
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
          <RadioGroup value={direction} onChange={(e) => setDirection(e.target.value as 'send' | 'get')} aria-label={t('coupled.direction')}>
            <FormControlLabel value="send" control={<Radio />} label={`${t('coupled.send')}: ${t('coupled.sendHelp')}`} />
            <FormControlLabel value="get" control={<Radio />} label={`${t('coupled.get')}: ${t('coupled.getHelp')}`} />
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
