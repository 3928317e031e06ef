import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HqCommand } from '../../shared/contracts/hq-commands';
import { RunProgress } from './RunProgress';
import { useCommand } from './use-command';

/** The action at the top of a list: synchronizes the selected records now, with progress and the outcome. */
export function SynchronizeBar({ selected, label, command }: { selected: string[]; label: string; command: (ids: string[]) => HqCommand }) {
  const { t } = useTranslation();
  const run = useCommand();
  const counts = run.result?.counts;
  return (
    <Box sx={{ mb: 1 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" disabled={selected.length === 0 || run.busy} onClick={() => void run.run(command(selected))}>{label}</Button>
        <Typography variant="body2" color="text.secondary">{t('transactions.selectedCount', { count: selected.length })}</Typography>
      </Stack>
      {run.busy && (
        <RunProgress done={run.progress?.counts.processed ?? 0} total={run.progress?.total ?? null}
          label={t('transactions.synchronizing', { done: run.progress?.counts.processed ?? 0, total: run.progress?.total ?? selected.length })} />
      )}
      {counts && (
        <Alert sx={{ mt: 1 }} severity={counts.failed > 0 ? 'warning' : 'success'} onClose={run.reset}>{t('transactions.outcome', { ...counts })}</Alert>
      )}
      {run.error && <Alert sx={{ mt: 1 }} severity="error" onClose={run.reset}>{run.error}</Alert>}
    </Box>
  );
}
