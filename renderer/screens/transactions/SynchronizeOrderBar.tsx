import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { RunProgress } from '../../components/RunProgress';
import { useCommand } from '../../components/use-command';

/** Synchronize order, at the top of the page: runs the synchronization for the selected transactions now. */
export function SynchronizeOrderBar({ selected }: { selected: string[] }) {
  const { t } = useTranslation();
  const command = useCommand();
  const counts = command.result?.counts;
  return (
    <Box sx={{ mb: 1 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <Button variant="contained" disabled={selected.length === 0 || command.busy}
          onClick={() => void command.run({ type: 'synchronizeOrders', transactionIds: selected })}>
          {t('transactions.synchronizeOrder')}
        </Button>
        <Typography variant="body2" color="text.secondary">{t('transactions.selectedCount', { count: selected.length })}</Typography>
      </Stack>
      {command.busy && (
        <RunProgress done={command.progress?.counts.processed ?? 0} total={command.progress?.total ?? null}
          label={t('transactions.synchronizing', { done: command.progress?.counts.processed ?? 0, total: command.progress?.total ?? selected.length })} />
      )}
      {counts && (
        <Alert sx={{ mt: 1 }} severity={counts.failed > 0 ? 'warning' : 'success'} onClose={command.reset}>
          {t('transactions.outcome', { ...counts })}
        </Alert>
      )}
      {command.error && <Alert sx={{ mt: 1 }} severity="error" onClose={command.reset}>{command.error}</Alert>}
    </Box>
  );
}
