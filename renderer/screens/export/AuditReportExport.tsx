import { Card, CardContent, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { exportAuditReportCsv, exportAuditReportJson } from '../../../shared/export/audit-report-files';
import { useServices } from '../../hq/hq-context';
import { ExportMenu, type ExportChoice } from '../../components/ExportMenu';
import { workspaceName } from '../../app/workspace-name';

/**
 * Export audit report: every synchronization attempt and every edit of the open workspace (the
 * demo HQ or an imported one), as CSV for Excel or as JSON, the file named after the workspace.
 */
export function AuditReportExport() {
  const { t } = useTranslation();
  const { db, workspace } = useServices();
  const choices: ExportChoice[] = [
    { key: 'csv', label: t('exports.csv'), build: (options) => exportAuditReportCsv(db, workspace, options) },
    { key: 'json', label: t('exports.json'), build: (options) => exportAuditReportJson(db, workspace, options) },
  ];
  return (
    <Card variant="outlined">
      <CardContent>
        <Typography variant="h6" component="h2">{t('exports.auditReport')}</Typography>
        <Typography color="text.secondary" sx={{ mb: 1.5 }}>{t('exports.auditReportHelp', { workspace: workspaceName(t, workspace) })}</Typography>
        <ExportMenu choices={choices} label={t('exports.exportAuditReport')} buttonLabel={t('exports.exportAuditReport')} />
      </CardContent>
    </Card>
  );
}
