import { Alert, Box, Button, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { HqCommandOf } from '../../shared/contracts/hq-commands';
import { OffHereReason, useOffHere } from './OffInImportedWorkspace';
import { RunProgress } from './RunProgress';
import { useCommand } from './use-command';

interface Props {
  /** The rows it acts on, as the list's grid names them: the ticked rows, or the open one (useVisibleSelection's targets). */
  selected: string[];
  /** Whether those are ticked rows (else the open row, or none). */
  ticked: boolean;
  label: string;
  /** Why it may not act now (a row it would act on has unsaved changes), said beside it; null when it may. */
  refusal?: string | null;
  /** Builds the command from the ids; a list whose rows are keyed by more than an id parses them back here. */
  command: (ids: string[]) => HqCommandOf<'synchronizeOrders' | 'synchronizeCustomerOperations'>;
  /** Names the bar as a region, where the page has other buttons of the same name (a details panel's own). */
  regionLabel?: string;
}

/** The action at the top of a list: synchronizes the selected records now, with progress and the outcome. */
export function SynchronizeBar({ selected, ticked, label, command, regionLabel, refusal = null }: Props) {
  const { t } = useTranslation();
  const run = useCommand<'synchronizeOrders' | 'synchronizeCustomerOperations'>();
  const off = useOffHere(command([]).type);
  const counts = run.result?.counts;
  return (
    <Box sx={{ mb: 1 }} {...(regionLabel ? { component: 'section', 'aria-label': regionLabel } : {})}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
        <OffHereReason off={off}>
          <Button variant="contained" disabled={off || selected.length === 0 || run.busy || refusal !== null} onClick={() => void run.run(command(selected))}>
            {t('selection.actOn', { label, count: selected.length })}
          </Button>
        </OffHereReason>
        <Typography variant="body2" color="text.secondary">
          {ticked ? t('transactions.selectedCount', { count: selected.length }) : t(selected.length ? 'selection.openRow' : 'selection.nothing')}
        </Typography>
      </Stack>
      {refusal && <Typography variant="body2" color="warning.main" role="status" sx={{ mt: 0.5 }}>{refusal}</Typography>}
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
