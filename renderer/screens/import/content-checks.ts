import { contentProblem, HEAD_BYTES } from '../../../shared/import/chosen-file-check';
import { fileProblem } from './chosen-files';

/**
 * What a chosen file's content was found to be: still being looked at, fit to import (null), why
 * it cannot be (the import's own words, in English, as the worker would refuse it), or why an
 * import refused it.
 */
export type ContentCheck = 'checking' | null | string | { refused: string };

/** Looks at a chosen file's content (chosen-file-check.ts): a file already refused by its name or size is not read. */
export async function checkChosenFile(file: File): Promise<ContentCheck> {
  if (fileProblem(file) !== null) return null;
  try {
    const head = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
    return await contentProblem(file.name, head, async () => new Uint8Array(await file.arrayBuffer()));
  } catch {
    // Unreadable now (moved, locked): the import says so when it reads the file.
    return null;
  }
}

/** The refusal a check holds, if any. */
export const checkRefusal = (check: ContentCheck | undefined): string | null =>
  typeof check === 'string' && check !== 'checking' ? check : typeof check === 'object' && check !== null ? check.refused : null;
