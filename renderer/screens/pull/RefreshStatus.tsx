import { Alert, AlertTitle, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { workspaceName } from '../../app/workspace-name';
import { PullProgress } from './PullProgress';
import { useRefreshSession } from './refresh-session';
import { RefreshOutcome } from './RefreshOutcome';

/**
 * Above every screen, the refresh of a pulled workspace: while it reads HQ, which workspace and its
 * progress, waits and pauses with Cancel (as a pull's); then what it did, in words, until dismissed.
 */
export function RefreshStatus() {
  const { t } = useTranslation();
  const { phase, workspace, cancel, resume, dismiss } = useRefreshSession();
  if (phase.kind === 'idle' || !workspace?.pulledFrom) return null;
  const name = workspaceName(t, workspace);
  switch (phase.kind) {
    case 'pulling':
      return (
        <Stack spacing={1} sx={{ mb: 1.5 }}>
          <Typography variant="body2">{t('refresh.refreshing', { name })}</Typography>
          <PullProgress of="refresh" phase={phase} onCancel={cancel} onResume={resume} />
        </Stack>
      );
    case 'succeeded':
      return <RefreshOutcome connection={workspace.pulledFrom.connectionName} done={phase} onClose={dismiss} />;
    case 'failed':
      // The worker's refusal is in words already (what HQ answered, what is kept), as a pull's is.
      return (
        <Alert severity="error" onClose={dismiss} sx={{ mb: 1.5 }}>
          <AlertTitle>{t('refresh.failed', { name })}</AlertTitle>
          {phase.message}
        </Alert>
      );
    case 'canceled':
      return <Alert severity="info" onClose={dismiss} sx={{ mb: 1.5 }}>{t('refresh.canceled', { name })}</Alert>;
  }
}
