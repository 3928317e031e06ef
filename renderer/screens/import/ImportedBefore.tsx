import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ImportedBeforeWorkspace } from '../../../shared/import/commands/import-files';
import { useImportSession } from './import-session';
import { useSwitchWorkspace } from './use-switch-workspace';

/**
 * The same files were imported before, into a workspace still there: nothing was imported. The
 * person opens that workspace, imports the files again into a second one, or cancels.
 */
export function ImportedBefore({ workspace }: { workspace: ImportedBeforeWorkspace }) {
  const { t } = useTranslation();
  const { start, dismissOutcome } = useImportSession();
  const switchTo = useSwitchWorkspace();
  return (
    <Alert severity="info" role="alertdialog" aria-labelledby="imported-before-title">
      <AlertTitle id="imported-before-title">{t('imports.importedBeforeTitle')}</AlertTitle>
      {/* Its name says when it was imported. */}
      {t('imports.importedBeforeText', { name: workspace.name })}
      <Stack direction="row" spacing={1} sx={{ mt: 1 }}>
        <Button variant="contained" onClick={() => void switchTo(workspace.workspaceId)}>{t('imports.openThatWorkspace')}</Button>
        <Button variant="outlined" onClick={() => void start({ importAgain: true })}>{t('imports.importAgain')}</Button>
        <Button onClick={dismissOutcome}>{t('imports.cancel')}</Button>
      </Stack>
    </Alert>
  );
}
