import { useEffect, useState } from 'react';
import { Backdrop, Paper, Typography } from '@mui/material';
import { useTranslation } from 'react-i18next';
import { useImportSession } from '../screens/import/import-session';
import { droppedItems } from '../screens/import/dropped-items';
import { openScreen } from './screens';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Files and folders dropped anywhere in the window are chosen for import and the Import screen
 * opens with them; nothing is imported until the person presses Import. Taking the drop also keeps the
 * browser (or Electron) from navigating to the dropped file.
 */
export function WindowFileDrop() {
  const { t } = useTranslation();
  const { choose } = useImportSession();
  const [dragging, setDragging] = useState(false);
  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the drag has left the window.
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setDragging(false);
      if (!e.dataTransfer) return;
      // A folder (a Synapse Link export) comes with every file in it; walking it is asynchronous.
      // A drop with a folder the browser cannot walk (gone, or not readable) chooses nothing,
      // rather than part of the folder: an export is imported whole or not at all.
      void droppedItems(e.dataTransfer).then(({ files, folders }) => {
        if (files.length === 0 && folders.length === 0) return;
        choose(files, folders);
        openScreen('import');
      }, () => undefined);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [choose]);
  return (
    // pointer-events off: the overlay must not become a drop target of its own and upset the count.
    <Backdrop open={dragging} sx={{ zIndex: (theme) => theme.zIndex.modal + 1, pointerEvents: 'none' }}>
      <Paper sx={{ p: 4 }}><Typography variant="h6">{t('imports.dropAnywhere')}</Typography></Paper>
    </Backdrop>
  );
}
