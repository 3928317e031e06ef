import { useState } from 'react';
import { Alert, Button, Paper, Stack, TextField, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useCommand } from '../../components/use-command';

export function ChannelSimulatorCard() {
  const { t } = useTranslation();
  const command = useCommand();
  const [count, setCount] = useState('10');
  const [recorded, setRecorded] = useState<number | null>(null);
  const valid = /^\d+$/.test(count) && Number(count) >= 1 && Number(count) <= 1000;
  const record = async () => {
    setRecorded(null);
    if (await command.run({ type: 'simulateChannelTransactions', count: Number(count) })) setRecorded(Number(count));
  };
  return (
    <Paper variant="outlined" sx={{ p: 2 }} component="section" aria-label={t('jobs.simulator')}>
      <Typography variant="h6">{t('jobs.simulator')}</Typography>
      <Typography color="text.secondary" sx={{ mb: 2 }}>{t('jobs.simulatorHelp')}</Typography>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
        <TextField label={t('jobs.count')} value={count} onChange={(e) => setCount(e.target.value)} inputMode="numeric"
          error={!valid} helperText={valid ? ' ' : t('jobs.countInvalid')} />
        <Button variant="outlined" disabled={!valid || command.busy} onClick={() => void record()} sx={{ mt: 0.25 }}>{t('jobs.record')}</Button>
      </Stack>
      {recorded !== null && <Alert severity="success">{t('jobs.recorded', { count: recorded })}</Alert>}
      {command.error && <Alert severity="error">{command.error}</Alert>}
    </Paper>
  );
}
