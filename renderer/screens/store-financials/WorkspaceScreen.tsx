import { Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { FailuresByCause } from './FailuresByCause';
import { SyncChart } from './SyncChart';
import { WorkspaceTiles } from './WorkspaceTiles';
import { LeftInEditing } from './LeftInEditing';
import { CheckDataCard } from './CheckDataCard';
import { useServices } from '../../hq/hq-context';

/** Store financials: the first screen of the day. What failed, why, how to fix it, and how synchronization went. */
export function WorkspaceScreen() {
  const { t } = useTranslation();
  const { workspace } = useServices();
  return (
    <Stack spacing={3}>
      {/* An imported workspace is audited: Check data first, then what HQ recorded. */}
      {workspace.kind === 'import' && <CheckDataCard />}
      <WorkspaceTiles />
      <LeftInEditing />
      <section aria-labelledby="root-causes-title">
        <Typography id="root-causes-title" variant="h6" component="h2" sx={{ mb: 1 }}>{t('workspace.rootCauses.title')}</Typography>
        <FailuresByCause />
      </section>
      <section aria-labelledby="sync-chart-title">
        <Typography id="sync-chart-title" variant="h6" component="h2" sx={{ mb: 1 }}>{t('workspace.chart.title')}</Typography>
        <SyncChart />
      </section>
    </Stack>
  );
}
