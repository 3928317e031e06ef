import { useEffect, useRef } from 'react';
import { Alert, Box, Button, Paper, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/import-types';
import { OutlinedTable } from '../../components/OutlinedTable';
import { ACCEPTED_EXTENSIONS, canImport, fileProblem, formatBytes, MAX_FILES_PER_IMPORT } from './chosen-files';
import { checkRefusal } from './content-checks';
import { importText } from './import-text';
import { useImportSession } from './import-session';
import { ImportSettingsFields } from './ImportSettingsFields';
import { settingsValid } from './import-settings';

/**
 * Where files are chosen: a drop zone (dropping works anywhere in the window, see WindowFileDrop),
 * the file picker, and the chosen files with their sizes, each checked before anything is read.
 */
export function FileChooser() {
  const { t } = useTranslation();
  const session = useImportSession();
  const { files, checks, phase, pickerRequested, takePickerRequest } = session;
  const input = useRef<HTMLInputElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const importing = phase.kind === 'reading' || phase.kind === 'importing';
  const flagged = files.some((f) => fileProblem(f) !== null || checkRefusal(checks.get(f)) !== null);
  const extra = files.length - MAX_FILES_PER_IMPORT;

  // File › Import…: a page may open a file picker only right after a click or key press in it.
  // Main grants that for the menu's command; should the browser still refuse, the Choose files
  // button gets the focus, one key press away.
  useEffect(() => {
    if (!pickerRequested) return;
    takePickerRequest();
    try {
      input.current?.showPicker();
    } catch {
      chooseButton.current?.focus();
    }
  }, [pickerRequested, takePickerRequest]);

  return (
    <Stack spacing={1.5}>
      <Paper variant="outlined" component="section" aria-label={t('imports.filesToImport')}
        sx={{ p: 3, borderStyle: 'dashed', borderWidth: 2, textAlign: 'center' }}>
        <Stack direction="row" spacing={1.5} sx={{ alignItems: 'center', justifyContent: 'center', flexWrap: 'wrap' }}>
          <Typography>{t('imports.dropZone')}</Typography>
          <Button variant="outlined" ref={chooseButton} onClick={() => input.current?.click()}>{t('imports.chooseFiles')}</Button>
        </Stack>
        <input ref={input} type="file" multiple hidden accept={ACCEPTED_EXTENSIONS.join(',')} aria-label={t('imports.filesToImport')}
          onChange={(e) => {
            session.choose([...(e.target.files ?? [])]);
            // Cleared, so choosing the same file again (after removing it) is noticed.
            e.target.value = '';
          }} />
      </Paper>
      {files.length > 0 && (
        <OutlinedTable label={t('imports.chosenFiles')}
          columns={[{ label: t('imports.file') }, { label: t('imports.size'), align: 'right' }, { label: t('imports.check') }, { label: '' }]}>
          {files.map((file) => {
            const problem = fileProblem(file);
            const check = checks.get(file);
            const refusal = checkRefusal(check);
            return (
              <TableRow key={`${file.name}/${file.size}/${file.lastModified}`} aria-label={file.name}>
                <TableCell sx={{ overflowWrap: 'anywhere' }}>{file.name}</TableCell>
                <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{formatBytes(file.size)}</TableCell>
                <TableCell>
                  {problem
                    ? <Typography variant="body2" color="error">{t(`imports.problems.${problem}`, { max: formatBytes(MAX_IMPORT_FILE_BYTES) })}</Typography>
                    : refusal !== null ? <Typography variant="body2" color="error">{importText(t, refusal)}</Typography>
                    : <Typography variant="body2" color="text.secondary">{t(check === null ? 'imports.fileOk' : 'imports.checking')}</Typography>}
                </TableCell>
                <TableCell align="right">
                  <Button size="small" disabled={importing} aria-label={t('imports.removeFile', { name: file.name })} onClick={() => session.remove(file)}>
                    {t('imports.remove')}
                  </Button>
                </TableCell>
              </TableRow>
            );
          })}
        </OutlinedTable>
      )}
      {extra > 0 && <Alert severity="error">{t('imports.tooMany', { max: MAX_FILES_PER_IMPORT, extra })}</Alert>}
      {flagged && <Alert severity="error">{t('imports.fixFirst')}</Alert>}
      <ImportSettingsFields />
      <Box>
        <Button variant="contained" disabled={importing || !canImport(files, checks) || !settingsValid(session.settings, files)} onClick={() => void session.start()}>{t('imports.import')}</Button>
      </Box>
    </Stack>
  );
}
