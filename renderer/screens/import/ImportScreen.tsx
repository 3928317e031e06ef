import { Divider, Stack, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { FileChooser } from './FileChooser';
import { ImportOutcome } from './ImportOutcome';
import { ImportProgress } from './ImportProgress';
import { WorkspacesTable } from './WorkspacesTable';
import { AuditReportExport } from '../export/AuditReportExport';

/** Import: choose what Dynamics 365 exported, import it into a workspace of its own, read the report; and the workspaces. */
export function ImportScreen() {
  const { t } = useTranslation();
  return (
    <Stack spacing={2} sx={{ maxWidth: 1200 }}>
      <Typography color="text.secondary">{t('imports.intro')}</Typography>
      <FileChooser />
      <ImportProgress />
      <ImportOutcome />
      <Divider />
      <WorkspacesTable />
      <AuditReportExport />
    </Stack>
  );
}
