import { MAX_IMPORT_FILE_BYTES } from '../../../shared/import/import-types';
import { isMetadata } from '../../../shared/import/synapse/synapse-folder';

/**
 * A folder chosen whole: a Synapse Link / Data Lake export (model.json or *.manifest.cdm.json
 * with the data files they describe), dropped on the window or chosen with Choose folder. Listed
 * once, by its name; imported as its files, each named by its path in the folder.
 */
export interface ChosenFolder {
  name: string;
  /** Each file by its path below the folder ("2026-05-01T10.00.00Z/retailtransactiontable/2026.csv"). */
  files: readonly { path: string; file: File }[];
}

export type FolderProblem = 'tooLarge' | 'nameTooLong' | 'noMetadata';

const MAX_PATH_LENGTH = 260;

export const folderSize = (folder: ChosenFolder): number => folder.files.reduce((sum, f) => sum + f.file.size, 0);

/** Why a folder cannot be imported, found from its files' paths and sizes before anything is read. */
export function folderProblem(folder: ChosenFolder): FolderProblem | null {
  if (!folder.files.some((f) => isMetadata(f.path))) return 'noMetadata';
  if (folder.files.some((f) => f.file.size > MAX_IMPORT_FILE_BYTES)) return 'tooLarge';
  if (folder.files.some((f) => `${folder.name}/${f.path}`.length > MAX_PATH_LENGTH)) return 'nameTooLong';
  return null;
}

/**
 * The folders the folder picker gave: its files carry their paths from the chosen folder
 * (webkitRelativePath, "retail-export/model.json"), the folder's name first.
 */
export function foldersOfPicked(files: readonly File[]): ChosenFolder[] {
  const folders = new Map<string, { path: string; file: File }[]>();
  for (const file of files) {
    const relative = file.webkitRelativePath || file.name;
    const cut = relative.indexOf('/');
    const name = cut < 0 ? '' : relative.slice(0, cut);
    folders.set(name, [...(folders.get(name) ?? []), { path: relative.slice(cut + 1), file }]);
  }
  return [...folders].map(([name, entries]) => ({ name, files: entries }));
}

const sameFolder = (a: ChosenFolder, b: ChosenFolder) =>
  a.name === b.name && a.files.length === b.files.length && folderSize(a) === folderSize(b);

/** Adds folders to the chosen ones; the same folder chosen twice is listed once. */
export function addChosenFolders(current: readonly ChosenFolder[], added: readonly ChosenFolder[]): ChosenFolder[] {
  const next = [...current];
  for (const folder of added) if (!next.some((f) => sameFolder(f, folder))) next.push(folder);
  return next;
}
