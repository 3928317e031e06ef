import { useEffect, useRef } from 'react';
import { Alert, Box, Button, Paper, Stack, TableCell, TableRow, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/import-types';
import { OutlinedTable } from '../../components/OutlinedTable';
import { ACCEPTED_EXTENSIONS, canImport, fileCount, fileProblem, formatBytes, MAX_FILES_PER_IMPORT } from './chosen-files';
import { checkRefusal } from './content-checks';
import { importText } from './import-text';
import { folderProblem, folderSize, foldersOfPicked } from './chosen-folder';
import { useImportSession } from './import-session';
import { ImportSettingsFields } from './ImportSettingsFields';
import { settingsValid } from './import-settings';

/** One chosen file or folder: its name, its size, what the check found, and Remove. */
function ChosenRow({ name, size, problem, ok, disabled, onRemove }: { name: string; size: number; problem: string | null; ok: string; disabled: boolean; onRemove: () => void }) {
  const { t } = useTranslation();
  return (
    <TableRow aria-label={name}>
      <TableCell sx={{ overflowWrap: 'anywhere' }}>{name}</TableCell>
      <TableCell align="right" sx={{ whiteSpace: 'nowrap' }}>{formatBytes(size)}</TableCell>
      <TableCell>
        {problem
          ? <Typography variant="body2" color="error">{problem}</Typography>
          : <Typography variant="body2" color="text.secondary">{ok}</Typography>}
      </TableCell>
      <TableCell align="right">
        <Button size="small" disabled={disabled} aria-label={t('imports.removeFile', { name })} onClick={onRemove}>{t('imports.remove')}</Button>
      </TableCell>
    </TableRow>
  );
}

/**
 * Where files are chosen: a drop zone (dropping works anywhere in the window, see WindowFileDrop),
 * the file picker, the folder picker (a Synapse Link / Data Lake export is a folder), and the
 * chosen files and folders with their sizes, each checked before anything is read.
 */
export function FileChooser() {
  const { t } = useTranslation();
  const session = useImportSession();
  const { files, checks, folders, phase, pickerRequested, takePickerRequest } = session;
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const chooseButton = useRef<HTMLButtonElement>(null);
  const importing = phase.kind === 'reading' || phase.kind === 'importing';
  const flagged = files.some((f) => fileProblem(f) !== null || checkRefusal(checks.get(f)) !== null) || folders.some((f) => folderProblem(f) !== null);
  const extra = fileCount(files, folders) - MAX_FILES_PER_IMPORT;

  // The folder picker: React knows no webkitdirectory property, so the attribute is set here.
  useEffect(() => folderInput.current?.setAttribute('webkitdirectory', ''), []);

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
          <Button variant="outlined" onClick={() => folderInput.current?.click()}>{t('imports.chooseFolder')}</Button>
        </Stack>
        <input ref={input} type="file" multiple hidden accept={ACCEPTED_EXTENSIONS.join(',')} aria-label={t('imports.filesToImport')}
          onChange={(e) => {
            session.choose([...(e.target.files ?? [])]);
            // Cleared, so choosing the same file again (after removing it) is noticed.
            e.target.value = '';
          }} />
        <input ref={folderInput} type="file" hidden aria-label={t('imports.folderToImport')}
          onChange={(e) => {
            session.choose([], foldersOfPicked([...(e.target.files ?? [])]));
            e.target.value = '';
          }} />
      </Paper>
      {(files.length > 0 || folders.length > 0) && (
        <OutlinedTable label={t('imports.chosenFiles')}
          columns={[{ label: t('imports.file') }, { label: t('imports.size'), align: 'right' }, { label: t('imports.check') }, { label: '' }]}>
          {files.map((file) => {
            const problem = fileProblem(file);
            const check = checks.get(file);
            const refusal = checkRefusal(check);
            return (
              <ChosenRow key={`${file.name}/${file.size}/${file.lastModified}`} name={file.name} size={file.size} disabled={importing} onRemove={() => session.remove(file)}
                problem={problem ? t(`imports.problems.${problem}`, { max: formatBytes(MAX_IMPORT_FILE_BYTES) }) : refusal !== null ? importText(t, refusal) : null}
                ok={t(check === null ? 'imports.fileOk' : 'imports.checking')} />
            );
          })}
          {folders.map((folder) => {
            const problem = folderProblem(folder);
            return (
              <ChosenRow key={`${folder.name}/${folder.files.length}/${folderSize(folder)}`} name={`${folder.name}/`} size={folderSize(folder)} disabled={importing}
                onRemove={() => session.removeFolder(folder)}
                problem={problem && t(`imports.folderProblems.${problem}`, { max: formatBytes(MAX_IMPORT_FILE_BYTES) })} ok={t('imports.folderOk', { count: folder.files.length })} />
            );
          })}
        </OutlinedTable>
      )}
      {extra > 0 && <Alert severity="error">{t('imports.tooMany', { max: MAX_FILES_PER_IMPORT, extra })}</Alert>}
      {flagged && <Alert severity="error">{t('imports.fixFirst')}</Alert>}
      <ImportSettingsFields />
      <Box>
        <Button variant="contained" disabled={importing || !canImport(files, checks, folders) || !settingsValid(session.settings, files)} onClick={() => void session.start()}>{t('imports.import')}</Button>
      </Box>
    </Stack>
  );
}
