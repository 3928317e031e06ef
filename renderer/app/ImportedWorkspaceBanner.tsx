import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { DEMO_WORKSPACE_ID } from '../../shared/db/workspace-registry';
import { useServices } from '../hq/hq-context';
import { useSwitchWorkspace } from '../screens/import/use-switch-workspace';
import { PulledFrom } from '../screens/pull/PulledFrom';
import { RefreshButton } from '../screens/pull/RefreshButton';
import { ChangedInHqNotice } from '../screens/pull/ChangedInHqNotice';

/**
 * Says, on every screen, that this is someone's exported data rather than the demo HQ: why Run
 * now is refused here, and that edits stay in this workspace (a pulled one: where from, and when it
 * was last refreshed, kept live as a refresh ends); and, when OData pages were missing
 * from the export and the person imported what was there, that its data is incomplete, and what is missing.
 * A workspace pulled from HQ says from where and when, offers Refresh, and counts what a refresh
 * found changed in HQ since it was edited here.
 */
export function ImportedWorkspaceBanner() {
  const { t } = useTranslation();
  const { workspace, registry } = useServices();
  const switchTo = useSwitchWorkspace();
  const pulledFrom = useLiveQuery(async () => (await registry.workspaces.get(workspace.id))?.pulledFrom, [registry, workspace.id]) ?? workspace.pulledFrom;
  if (workspace.kind !== 'import') return null;
  const missing = workspace.report?.incomplete ?? [];
  return (
    <>
      <Alert severity="info" role="region" aria-label={t('imports.bannerLabel')} sx={{ mb: 1.5 }}
        action={(
          <Stack direction="row" spacing={1}>
            <RefreshButton workspace={workspace} color="inherit" variant="outlined" sx={{ whiteSpace: 'nowrap' }} />
            <Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} onClick={() => void switchTo(DEMO_WORKSPACE_ID)}>{t('imports.backToDemo')}</Button>
          </Stack>
        )}>
        {t(pulledFrom ? 'pull.banner' : 'imports.banner', { name: workspace.name })}
        {pulledFrom && <PulledFrom from={pulledFrom} variant="inherit" />}
      </Alert>
      <ChangedInHqNotice />
      {/* Every screen shows this workspace's data: every screen says what is missing from it. */}
      {missing.length > 0 && (
        <Alert severity="warning" role="region" aria-label={t('imports.incompleteWorkspace')} sx={{ mb: 1.5 }}>
          <AlertTitle>{t('imports.incompleteWorkspace')}</AlertTitle>
          {t('imports.incompleteBanner', { count: missing.length })}
          <ul style={{ margin: 0 }}>{missing.map((m) => <li key={m}>{m}</li>)}</ul>
        </Alert>
      )}
    </>
  );
}
