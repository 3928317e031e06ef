import { useEffect, useRef, useState } from 'react';
import { Alert, Box, Button, Menu, MenuItem, Stack } from '@mui/material';
import { useTranslation } from 'react-i18next';
import type { ExportFile, ExportOptions } from '../../shared/export/export-file';
import { downloadFile } from './download';
import { RunProgress } from './RunProgress';
import { describeError } from '../../shared/platform/storage-errors';

/** One format the list can be exported in: its name in the menu, and how the file is made. */
export interface ExportChoice {
  key: string;
  label: string;
  build: (options: ExportOptions) => Promise<ExportFile>;
}

type ExportState =
  | { phase: 'idle' }
  | { phase: 'running'; done: number; total: number }
  | { phase: 'done'; count: number; fileName: string }
  | { phase: 'canceled' }
  | { phase: 'failed' };

/**
 * The Export button of a list: a menu of formats; while a large export reads its rows, a progress
 * bar with a Cancel; then the count exported and the file's name. The file is only downloaded
 * once it is complete, so a canceled or failed export leaves nothing half-written behind.
 */
export function ExportMenu({ choices, label, buttonLabel }: {
  choices: readonly ExportChoice[];
  /** Names the region (and so the button's place) where a page has more than one Export. */
  label?: string;
  /** The button's own words, "Export" unless given. */
  buttonLabel?: string;
}) {
  const { t } = useTranslation();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [state, setState] = useState<ExportState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);
  // A screen left mid-export stops reading; nothing is downloaded.
  useEffect(() => () => controller.current?.abort(), []);

  const start = async (choice: ExportChoice) => {
    setAnchor(null);
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'running', done: 0, total: 0 });
    try {
      const file = await choice.build({ signal: abort.signal, onProgress: (done, total) => setState({ phase: 'running', done, total }) });
      abort.signal.throwIfAborted();
      downloadFile(file);
      setState({ phase: 'done', count: file.count, fileName: file.fileName });
    } catch (error) {
      if (abort.signal.aborted) setState({ phase: 'canceled' });
      else {
        console.error(`An export could not be made: ${describeError(error)}`);
        setState({ phase: 'failed' });
      }
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  };

  const running = state.phase === 'running';
  const reset = () => setState({ phase: 'idle' });
  return (
    <Box component="section" aria-label={label ?? t('exports.export')}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button variant="outlined" disabled={running} aria-haspopup="menu" aria-expanded={anchor ? true : undefined}
          onClick={(e) => setAnchor(e.currentTarget)}>{buttonLabel ?? t('exports.export')}</Button>
        {running && <Button onClick={() => controller.current?.abort()}>{t('exports.cancel')}</Button>}
      </Stack>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {choices.map((choice) => <MenuItem key={choice.key} onClick={() => void start(choice)}>{choice.label}</MenuItem>)}
      </Menu>
      {running && (
        <RunProgress done={state.done} total={state.total || null}
          label={state.total ? t('exports.exporting', { done: state.done, total: state.total }) : t('exports.reading')} />
      )}
      {state.phase === 'done' && (
        <Alert sx={{ mt: 1 }} severity="success" onClose={reset}>{t('exports.done', { count: state.count, fileName: state.fileName })}</Alert>
      )}
      {state.phase === 'canceled' && <Alert sx={{ mt: 1 }} severity="info" onClose={reset}>{t('exports.canceled')}</Alert>}
      {state.phase === 'failed' && <Alert sx={{ mt: 1 }} severity="error" onClose={reset}>{t('exports.failed')}</Alert>}
    </Box>
  );
}
