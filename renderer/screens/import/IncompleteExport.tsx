import { Alert, AlertTitle, Button, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useImportSession } from './import-session';

/**
 * OData pages missing from their nextLink chains, or data files a Synapse Link / Data Lake
 * folder's metadata names that it lacks, each named, before anything is imported: the
 * person imports what is there (the workspace then says everywhere that it is incomplete), or
 * cancels to export the missing pages.
 */
export function IncompleteExport({ missing }: { missing: readonly string[] }) {
  const { t } = useTranslation();
  const { start, dismissOutcome } = useImportSession();
  return (
    <Alert severity="warning" role="alertdialog" aria-labelledby="incomplete-export-title">
      <AlertTitle id="incomplete-export-title">{t('imports.incompleteTitle')}</AlertTitle>
      {t('imports.incompleteText')}
      <ul>{missing.map((m) => <li key={m}>{m}</li>)}</ul>
      <Stack direction="row" spacing={1}>
        {/* Pages are found missing only once the files were found new or the person said to import them again: importAgain changes nothing else. */}
        <Button variant="contained" color="warning" onClick={() => void start({ acceptIncomplete: true, importAgain: true })}>{t('imports.importWhatIsThere')}</Button>
        <Button onClick={dismissOutcome}>{t('imports.cancel')}</Button>
      </Stack>
    </Alert>
  );
}
