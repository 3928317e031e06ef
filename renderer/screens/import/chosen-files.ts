import { MAX_IMPORT_FILE_BYTES, MAX_IMPORT_SOURCES } from '../../../shared/import/import-types';
import { currentLocale } from '../../components/format';
import { folderProblem, type ChosenFolder } from './chosen-folder';

/** What the HQ worker's importFiles command takes at most (hq-commands.ts), a folder's files counted: checked here so the person hears it before pressing Import. */
export const MAX_FILES_PER_IMPORT = MAX_IMPORT_SOURCES;
const MAX_FILE_NAME_LENGTH = 260;
/** What Dynamics 365 exports: OData JSON pages and data management packages. */
export const ACCEPTED_EXTENSIONS = ['.json', '.zip'] as const;

/** Why a chosen file cannot be imported, found from its name and size alone, before anything is read. */
export type FileProblem = 'tooLarge' | 'notAnExport' | 'nameTooLong';

export function fileProblem(file: Pick<File, 'name' | 'size'>): FileProblem | null {
  if (file.size > MAX_IMPORT_FILE_BYTES) return 'tooLarge';
  if (!ACCEPTED_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext))) return 'notAnExport';
  if (file.name.length > MAX_FILE_NAME_LENGTH) return 'nameTooLong';
  return null;
}

/** The files an import of these would send: each file, and every file of each folder. */
export const fileCount = (files: readonly unknown[], folders: readonly ChosenFolder[]): number =>
  files.length + folders.reduce((sum, folder) => sum + folder.files.length, 0);

/**
 * Whether Import may start: something chosen, nothing flagged by its name and size, every file's
 * content looked at and found fit (checks, by content-checks.ts), no folder flagged, and no more
 * files than one import takes.
 */
export function canImport<F extends Pick<File, 'name' | 'size'>>(files: readonly F[], checks: ReadonlyMap<F, unknown>, folders: readonly ChosenFolder[] = []): boolean {
  const count = fileCount(files, folders);
  return count > 0 && count <= MAX_FILES_PER_IMPORT && files.every((f) => fileProblem(f) === null && checks.get(f) === null) && folders.every((f) => folderProblem(f) === null);
}

const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size && a.lastModified === b.lastModified;

/** Adds files to the chosen ones; choosing or dropping the same file twice lists it once. */
export function addChosen(current: readonly File[], added: readonly File[]): File[] {
  const next = [...current];
  for (const file of added) if (!next.some((f) => sameFile(f, file))) next.push(file);
  return next;
}

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A size as people read it, in the locale's words and digits: "812 bytes", "4.2 MB" ("4,2 MB" in Norwegian), binary multiples as file managers show them. */
export function formatBytes(bytes: number, locale = currentLocale()): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit > 0 && value < 10 ? 1 : 0;
  return new Intl.NumberFormat(locale, {
    style: 'unit', unit: units[unit], unitDisplay: unit === 0 ? 'long' : 'short', minimumFractionDigits: digits, maximumFractionDigits: digits,
  }).format(value);
}
