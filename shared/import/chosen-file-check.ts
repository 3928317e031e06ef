import { fileRefusals } from './import-messages';
import { ImportRefused } from './import-types';
import { openDmfPackage } from './read-dmf';
import { ZipPackage } from './zip-stream';
import { isSynapseZip } from './synapse/synapse-folder';
import { DEFAULT_IMPORT_LIMITS } from '../platform/import-limits';

/** How much of a file's start tells what it is: a zip's signature, or JSON's opening brace after a byte order mark and white space. */
export const HEAD_BYTES = 1024;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/** What a file's first bytes say it is: a zip (a data management package), JSON text (UTF-8 or UTF-16 LE), or neither. */
export function contentKind(head: Uint8Array): 'zip' | 'json' | null {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  const utf16 = startsWith(head, [0xff, 0xfe]);
  const text = utf16 ? new TextDecoder('utf-16le').decode(head.subarray(2)) : new TextDecoder('utf-8').decode(head);
  return /^\uFEFF?\s*\{/.test(text) ? 'json' : null;
}

/**
 * Why a chosen file cannot be imported, found from its content before anything is imported: a
 * file that is neither a zip nor JSON, whatever its name (a PNG named .zip), and a zip that is not
 * a whole data management package (its directory, its manifest, the data files the manifest
 * names) or a zipped Synapse Link export (its directory), in the words the import would refuse it in. null when it can be imported. A JSON page
 * is read through at the import, which checks its chains first.
 */
export async function contentProblem(name: string, head: Uint8Array, whole: () => Promise<Uint8Array>): Promise<string | null> {
  const kind = contentKind(head);
  if (kind === null) return fileRefusals.notAnExport(name);
  if (kind === 'json') return null;
  try {
    const bytes = await whole();
    // A zipped Synapse Link / Data Lake export: its directory checked here, its metadata at the import.
    if (isSynapseZip(new ZipPackage(bytes, name, DEFAULT_IMPORT_LIMITS))) return null;
    await openDmfPackage(name, bytes);
    return null;
  } catch (error) {
    if (error instanceof ImportRefused) return error.message;
    throw error;
  }
}
