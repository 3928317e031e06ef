import { useState } from 'react';
import { Alert, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import {
  CUSTOMER_FAULT_KINDS, CUSTOMER_FAULTS, TRANSACTION_FAULT_KINDS, TRANSACTION_FAULTS, type CustomerFault, type TransactionFault,
} from '../../../shared/channel/simulator/channel-faults';
import { useCommand } from '../../components/use-command';
import { term } from '../../i18n/terms';
import type { RunCounts } from '../../../shared/runner/job-runs';

const isCount = (text: string, max: number) => /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= max;

/** Records what shoppers and stores do between two uploads: new transactions, customers created and edited offline. */
export function ChannelSimulatorCard() {
  const { t } = useTranslation();
  const command = useCommand<'simulateChannelTransactions' | 'simulateCustomerOperations'>();
  const [transactions, setTransactions] = useState('10');
  const [customers, setCustomers] = useState('3');
  const [transactionFault, setTransactionFault] = useState<TransactionFault | ''>('');
  const [customerFault, setCustomerFault] = useState<CustomerFault | ''>('');
  const [done, setDone] = useState<string | null>(null);
  const recordTransactions = async () => {
    setDone(null);
    if (await command.run({ type: 'simulateChannelTransactions', count: Number(transactions), fault: transactionFault || null })) setDone(t('jobs.recorded', { count: Number(transactions) }));
  };
  /** Customers created or edited offline: how many became operations (succeeded), and how many edits went to HQ in real time (skipped). */
  const customerOperations = async (kind: 'create' | 'edit', message: (counts: RunCounts) => string) => {
    setDone(null);
    const result = await command.run({ type: 'simulateCustomerOperations', kind, count: Number(customers), fault: customerFault || null });
    if (result) setDone(message(result.counts));
  };
  const countField = (label: string, value: string, set: (v: string) => void, max: number) => (
    <TextField label={label} value={value} onChange={(e) => set(e.target.value)} inputMode="numeric" sx={{ width: 150 }}
      error={!isCount(value, max)} helperText={isCount(value, max) ? ' ' : t('jobs.countInvalid')} />
  );
  const faultField = <K extends string>(id: string, value: K | '', set: (v: K | '') => void, kinds: readonly K[], names: Record<K, { name: string; caughtBy: string }>) => (
    <TextField select id={id} label={t('jobs.fault')} value={value} sx={{ minWidth: 340 }} onChange={(e) => set(e.target.value as K | '')}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
      <MenuItem value="">{t('jobs.noFault')}</MenuItem>
      {kinds.map((k) => <MenuItem key={k} value={k}>{term(t, names[k].name)} ({t('jobs.caughtBy', { job: term(t, names[k].caughtBy) })})</MenuItem>)}
    </TextField>
  );
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('jobs.simulator')}>
      <Typography variant="h6">{t('jobs.simulator')}</Typography>
      <Typography color="text.secondary" sx={{ mb: 1 }}>{t('jobs.simulatorHelp')}</Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>{t('jobs.faultHelp')}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1, mb: 1 }}>
        {countField(t('jobs.count'), transactions, setTransactions, 1000)}
        {faultField('transaction-fault', transactionFault, setTransactionFault, TRANSACTION_FAULT_KINDS, TRANSACTION_FAULTS)}
        <Button variant="outlined" sx={{ mt: 0.25 }} disabled={!isCount(transactions, 1000) || command.busy}
          onClick={() => void recordTransactions()}>
          {t('jobs.record')}
        </Button>
      </Stack>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start', flexWrap: 'wrap', rowGap: 1 }}>
        {countField(t('jobs.customersCount'), customers, setCustomers, 500)}
        {faultField('customer-fault', customerFault, setCustomerFault, CUSTOMER_FAULT_KINDS, CUSTOMER_FAULTS)}
        <Button variant="outlined" sx={{ mt: 0.25 }} disabled={!isCount(customers, 500) || command.busy}
          onClick={() => void customerOperations('create', (c) => t('jobs.customersCreated', { count: c.succeeded }))}>
          {t('jobs.createCustomers')}
        </Button>
        <Button variant="outlined" sx={{ mt: 0.25 }} disabled={!isCount(customers, 500) || command.busy}
          onClick={() => void customerOperations('edit', (c) => t('jobs.customersEdited', { async: c.succeeded, realTime: c.skipped }))}>
          {t('jobs.editCustomers')}
        </Button>
      </Stack>
      {done && <Alert severity="success">{done}</Alert>}
      {command.error && <Alert severity="error">{command.error}</Alert>}
    </Paper>
  );
}
