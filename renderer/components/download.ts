import type { ExportFile } from '../../shared/export/export-file';

/** How long the file's object URL lives after the click: the browser reads it asynchronously, and revoking it at once can cancel the download. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves an export as a file: a Blob of its parts (strings are encoded as UTF-8), an object URL,
 * and a click on an `<a download>`. The same works in the browser host and in Electron, where
 * a download is not a navigation (the window's navigation guard leaves it alone) and Electron
 * asks where to save it.
 */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob(file.parts, { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
