import { useState } from 'react';
import { Alert, Button, Chip, Stack, TableCell, TableRow, Tooltip, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/db/workspace-registry';
import { useServices } from '../../hq/hq-context';
import { formatCount, formatDateTime } from '../../components/format';
import { OutlinedTable } from '../../components/OutlinedTable';
import { DeleteWorkspaceDialog } from './DeleteWorkspaceDialog';
import { useSwitchWorkspace } from './use-switch-workspace';
import { useWorkspaces } from './use-workspaces';
import { WorkspaceReportDialog } from './WorkspaceReportDialog';
import { workspaceName } from '../../app/workspace-name';
import { rejectedCount } from '../../../shared/import/refusal-log';
import { PulledFrom } from '../pull/PulledFrom';
import { CreateBatchJobDialog } from '../runner/CreateBatchJobDialog';
import { RefreshButton } from '../pull/RefreshButton';

/** Every workspace: open one, read an import's report again, schedule a pulled one's refresh, or delete an import that is not open. */
export function WorkspacesTable() {
  const { t } = useTranslation();
  const workspaces = useWorkspaces();
  const [deleting, setDeleting] = useState<Workspace | null>(null);
  const [reading, setReading] = useState<Workspace | null>(null);
  const [scheduling, setScheduling] = useState<Workspace | null>(null);
  const [scheduled, setScheduled] = useState(false);
  return (
    <Stack spacing={1} component="section" aria-labelledby="workspaces-title">
      <Typography variant="h6" id="workspaces-title">{t('imports.workspaces')}</Typography>
      <Typography variant="body2" color="text.secondary">{t('imports.workspacesIntro')}</Typography>
      <OutlinedTable label={t('imports.workspaces')} columns={[
        { label: t('imports.name') }, { label: t('imports.created') }, { label: t('imports.sourceFiles') },
        { label: t('imports.imported'), align: 'right' }, { label: t('imports.rejected'), align: 'right' }, { label: t('imports.actions') },
      ]}>
        {workspaces.map((w) => <WorkspaceRow key={w.id} workspace={w} onDelete={() => setDeleting(w)} onReport={() => setReading(w)} onSchedule={() => setScheduling(w)} />)}
      </OutlinedTable>
      {scheduled && <Alert severity="success" onClose={() => setScheduled(false)}>{t('distribution.created')}</Alert>}
      {deleting && <DeleteWorkspaceDialog workspace={deleting} onClose={() => setDeleting(null)} />}
      {reading?.report && <WorkspaceReportDialog workspace={reading} report={reading.report} onClose={() => setReading(null)} />}
      <CreateBatchJobDialog request={scheduling && { jobId: 'refresh-from-hq', workspaceId: scheduling.id }} title={t('jobNames.refresh-from-hq')}
        help={scheduling ? t('pull.scheduleRefreshHelp', { name: scheduling.name }) : ''} onClose={(created) => { setScheduling(null); setScheduled(created); }} />
    </Stack>
  );
}

function WorkspaceRow({ workspace, onDelete, onReport, onSchedule }: { workspace: Workspace; onDelete: () => void; onReport: () => void; onSchedule: () => void }) {
  const { t } = useTranslation();
  const { workspace: open } = useServices();
  const switchTo = useSwitchWorkspace();
  const isOpen = workspace.id === open.id;
  const { report } = workspace;
  return (
    <TableRow aria-label={workspaceName(t, workspace)} selected={isOpen}>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        {workspaceName(t, workspace)}
        {isOpen && <Chip size="small" color="primary" variant="outlined" label={t('imports.openNow')} sx={{ ml: 1 }} />}
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{workspace.createdAt ? formatDateTime(workspace.createdAt) : '—'}</TableCell>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>
        {workspace.kind === 'demo' ? t('imports.builtIn')
          // A pulled workspace says where it was read from and when it last was, rather than its entity sets' URLs.
          : workspace.pulledFrom ? <PulledFrom from={workspace.pulledFrom} />
          : workspace.sourceFiles.join(', ')}
      </TableCell>
      <TableCell align="right">{report ? formatCount(report.imported) : '—'}</TableCell>
      <TableCell align="right">{report ? formatCount(rejectedCount(report)) : '—'}</TableCell>
      <TableCell>
        <Stack direction="row" spacing={1}>
          <Button size="small" disabled={isOpen} onClick={() => void switchTo(workspace.id)}>{t('imports.open')}</Button>
          {report && <Button size="small" onClick={onReport}>{t('imports.viewReport')}</Button>}
          {workspace.pulledFrom && <Button size="small" onClick={onSchedule}>{t('pull.scheduleRefresh')}</Button>}
          <RefreshButton workspace={workspace} />
          {workspace.kind === 'import' && (
            // The open workspace's database is held by this window's HQ worker and is on screen: switch away first.
            <Tooltip title={isOpen ? t('imports.cannotDeleteOpen') : ''}>
              <span><Button size="small" color="error" disabled={isOpen} onClick={onDelete}>{t('imports.delete')}</Button></span>
            </Tooltip>
          )}
        </Stack>
      </TableCell>
    </TableRow>
  );
}
