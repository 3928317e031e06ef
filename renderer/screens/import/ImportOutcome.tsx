import { Alert, AlertTitle, Button, Paper, Stack } from '@mui/material';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../hq/hq-context';
import { ImportReportView } from './ImportReportView';
import { useImportSession } from './import-session';
import { useSwitchWorkspace } from './use-switch-workspace';
import { IncompleteExport } from './IncompleteExport';
import { ImportedBefore } from './ImportedBefore';
import { importText } from './import-text';
import { rejectedCount } from '../../../shared/import/refusal-log';

/** After an import: the new workspace with its report and Open workspace, or why nothing was created. */
export function ImportOutcome() {
  const { t } = useTranslation();
  const { phase, dismissOutcome } = useImportSession();
  if (phase.kind === 'succeeded') return <ImportSucceeded workspaceId={phase.workspaceId} />;
  if (phase.kind === 'incomplete') return <IncompleteExport missing={phase.missing} />;
  if (phase.kind === 'importedBefore') return <ImportedBefore workspace={phase.workspace} />;
  const message = phase.kind === 'failed' ? importText(t, phase.message)
    : phase.kind === 'unreadable' ? t('imports.unreadable', { file: phase.file })
    : phase.kind === 'canceled' ? t('imports.canceled') : null;
  if (message === null) return null;
  return (
    <Alert severity={phase.kind === 'canceled' ? 'info' : 'error'} onClose={dismissOutcome} sx={{ whiteSpace: 'pre-line' }}>
      {phase.kind === 'failed' && <AlertTitle>{t('imports.failedTitle')}</AlertTitle>}
      {message}
    </Alert>
  );
}

function ImportSucceeded({ workspaceId }: { workspaceId: string }) {
  const { t } = useTranslation();
  const { registry } = useServices();
  const switchTo = useSwitchWorkspace();
  // The worker entered the workspace in the registry before it answered; it may be deleted since.
  const workspace = useLiveQuery(() => registry.workspaces.get(workspaceId), [registry, workspaceId]);
  if (!workspace?.report) return null;
  return (
    <Paper variant="outlined" component="section" aria-label={t('imports.outcome')} sx={{ p: 2 }}>
      <Stack spacing={1.5}>
        <Alert severity={rejectedCount(workspace.report) > 0 ? 'warning' : 'success'}
          action={<Button color="inherit" variant="outlined" size="small" onClick={() => void switchTo(workspace.id)}>{t('imports.openWorkspace')}</Button>}>
          {t('imports.succeeded', { name: workspace.name })}
        </Alert>
        <ImportReportView report={workspace.report} />
      </Stack>
    </Paper>
  );
}
