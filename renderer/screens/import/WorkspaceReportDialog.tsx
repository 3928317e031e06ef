import { Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { Workspace } from '../../../shared/db/workspace-registry';
import type { ImportReport } from '../../../shared/import/import-types';
import { ImportReportView } from './ImportReportView';

/** An imported workspace's report, opened again from the workspaces list. */
export function WorkspaceReportDialog({ workspace, report, onClose }: { workspace: Workspace; report: ImportReport; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Dialog open onClose={onClose} maxWidth="lg" fullWidth aria-labelledby="workspace-report-title">
      <DialogTitle id="workspace-report-title">{t('imports.reportOf', { name: workspace.name })}</DialogTitle>
      <DialogContent><ImportReportView report={report} /></DialogContent>
      <DialogActions><Button onClick={onClose}>{t('imports.close')}</Button></DialogActions>
    </Dialog>
  );
}
