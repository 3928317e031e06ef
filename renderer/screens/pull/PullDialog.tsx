import { Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControlLabel, FormGroup, FormLabel, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HqConnectionView } from '../../../shared/pull/hq-connection';
import { defaultPullRequest, pullRequestSchema, type PullRequest } from '../../../shared/pull/pull-request';
import { commaList } from './comma-list';

/** What to pull: companies, stores, days and what to bring; by default the last seven days' unsynchronized orders with all they need. */
export function PullDialog({ connection, onPull, onClose }: { connection: HqConnectionView; onPull: (request: PullRequest) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [initial] = useState(() => defaultPullRequest(connection, new Date()));
  const [companies, setCompanies] = useState(initial.companies.join(', ').toUpperCase());
  const [stores, setStores] = useState('');
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [bring, setBring] = useState({ transactions: true, statuses: true, unsynchronizedOnly: true });
  const parsed = pullRequestSchema.safeParse({ connectionId: connection.id, companies: commaList(companies), stores: commaList(stores), from, to, ...bring });
  const wrong = (field: string) => !parsed.success && parsed.error.issues.some((i) => i.path[0] === field);
  const check = (key: keyof typeof bring, label: string) => (
    <FormControlLabel control={<Checkbox checked={bring[key]} onChange={(e) => setBring((b) => ({ ...b, [key]: e.target.checked }))} />} label={label} />
  );
  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm">
      <DialogTitle>{t('pull.pullNamed', { name: connection.name })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <TextField label={t('pull.companies')} value={companies} error={wrong('companies')} helperText={t('pull.companiesHelp')} onChange={(e) => setCompanies(e.target.value)} />
          <TextField label={t('pull.stores')} value={stores} error={wrong('stores')} helperText={t('pull.storesHelp')} onChange={(e) => setStores(e.target.value)} />
          <Stack direction="row" spacing={2}>
            <TextField type="date" label={t('pull.from')} value={from} error={wrong('from')} onChange={(e) => setFrom(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
            <TextField type="date" label={t('pull.to')} value={to} error={wrong('to')} onChange={(e) => setTo(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} />
          </Stack>
          <FormGroup>
            <FormLabel>{t('pull.bring')}</FormLabel>
            {check('transactions', t('pull.bringTransactions'))}
            {check('statuses', t('pull.bringStatuses'))}
            {check('unsynchronizedOnly', t('pull.unsynchronizedOnly'))}
          </FormGroup>
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('pull.close')}</Button>
        <Button variant="contained" disabled={!parsed.success} onClick={() => parsed.success && onPull(parsed.data)}>{t('pull.start')}</Button>
      </DialogActions>
    </Dialog>
  );
}
