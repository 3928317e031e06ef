import type { WorkspaceRegistry, Workspace } from '../db/workspace-registry';
import { companyKey, type ImportOptions } from './import-options';
import type { ImportSource } from './import-types';

/** A SHA-256 digest of bytes, in hexadecimal. */
export async function digestOf(bytes: Uint8Array): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What an import is of: the files' contents, whatever they are named and in whatever order they
 * were chosen, read with the same company and date format (read otherwise, the same files make
 * another workspace). Kept with the workspace, so importing the same again is noticed.
 */
export async function importContentHash(sources: readonly ImportSource[], options: Pick<ImportOptions, 'company' | 'dateLocale'>): Promise<string> {
  const files = (await Promise.all(sources.map((s) => digestOf(s.bytes)))).sort();
  return digestOf(new TextEncoder().encode(JSON.stringify({ files, company: companyKey(options.company ?? ''), dateLocale: options.dateLocale })));
}

/** The workspace an import of the same content made before, if one is still there. */
export async function importedBefore(registry: WorkspaceRegistry, contentHash: string): Promise<Workspace | null> {
  return (await registry.workspaces.filter((w) => w.contentHash === contentHash).first()) ?? null;
}
