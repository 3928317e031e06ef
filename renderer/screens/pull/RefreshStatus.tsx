import { Alert, AlertTitle, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { workspaceName } from '../../app/workspace-name';
import { importText } from '../import/import-text';
import { PullProgress } from './PullProgress';
import { useRefreshSession } from './refresh-session';
import { RefreshOutcome } from './RefreshOutcome';

/**
 * Above every screen, the refresh of a pulled workspace: while it reads HQ, what it reads and its
 * progress, waits and pauses with Cancel (as a pull's); then what it did, in words, until dismissed.
 */
export function RefreshStatus() {
  const { t } = useTranslation();
  const { phase, workspace, cancel, resume, dismiss } = useRefreshSession();
  if (phase.kind === 'idle' || !workspace?.pulledFrom) return null;
  const names = { name: workspaceName(t, workspace), connection: workspace.pulledFrom.connectionName };
  switch (phase.kind) {
    case 'pulling':
      return (
        <Stack spacing={1} sx={{ mb: 1.5 }} component="section" aria-label={t('refresh.refreshing', names)}>
          <Typography variant="body2">{t('refresh.refreshing', names)}</Typography>
          <PullProgress of="refresh" phase={phase} onCancel={cancel} onResume={resume} />
        </Stack>
      );
    case 'succeeded':
      return <RefreshOutcome connection={names.connection} done={phase} onClose={dismiss} />;
    case 'failed':
      return (
        <Alert severity="error" onClose={dismiss} sx={{ mb: 1.5 }}>
          <AlertTitle>{t('refresh.failed', names)}</AlertTitle>
          {importText(t, phase.message)}
        </Alert>
      );
    case 'canceled':
      return <Alert severity="info" onClose={dismiss} sx={{ mb: 1.5 }}>{t('refresh.canceled', names)}</Alert>;
  }
}
