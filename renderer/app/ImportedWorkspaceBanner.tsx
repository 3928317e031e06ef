import { Alert, Button } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { DEMO_WORKSPACE_ID } from '../../shared/db/workspace-registry';
import { useServices } from '../hq/hq-context';
import { useSwitchWorkspace } from '../screens/import/use-switch-workspace';

/**
 * Says, on every screen, that this is someone's exported data rather than the demo HQ: why Run
 * now is refused here, and that edits stay in this workspace.
 */
export function ImportedWorkspaceBanner() {
  const { t } = useTranslation();
  const { workspace } = useServices();
  const switchTo = useSwitchWorkspace();
  if (workspace.kind !== 'import') return null;
  return (
    <Alert severity="info" role="region" aria-label={t('imports.bannerLabel')} sx={{ mb: 1.5 }}
      action={<Button color="inherit" size="small" sx={{ whiteSpace: 'nowrap' }} onClick={() => void switchTo(DEMO_WORKSPACE_ID)}>{t('imports.backToDemo')}</Button>}>
      {t('imports.banner', { name: workspace.name })}
    </Alert>
  );
}
