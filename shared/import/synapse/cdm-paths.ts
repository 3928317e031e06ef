/**
 * Paths in an exported folder: every file is named by its path from the folder's root,
 * '/'-separated, without a leading slash ("2026-05-01T10.00.00Z/retailtransactiontable/2026.csv").
 * Found case-insensitively: the lake keeps case, the disks a folder is copied to may not.
 */

export const dirOf = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '');
export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** `relative` from `dir`, '.' and '..' resolved; null when it climbs out of the folder. */
export function joinPath(dir: string, relative: string): string | null {
  const parts = dir ? dir.split('/') : [];
  for (const part of relative.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return null;
      parts.pop();
    } else parts.push(part);
  }
  return parts.join('/');
}

/** Whether `path` lies in `dir` (at any depth); every path lies in the root, ''. */
export const isUnder = (path: string, dir: string): boolean => dir === '' || path.toLowerCase().startsWith(`${dir.toLowerCase()}/`);

/** A URL's path, without its query or fragment (a model.json partition's blob URL may carry "?snapshot=…"). */
const URL_PATH = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*(\/[^?#]*)?(?:[?#].*)?$/i;
/** A CDM corpus path's namespace ("local:/Account/…", "adls:/…"): not a URL's scheme, which is followed by '//'. */
const NAMESPACE = /^[a-z][\w-]*:(?!\/\/)/i;

/**
 * Where a location a model.json or manifest names is, among the folder's files. As the CDM object
 * model resolves one (microsoft/CDM, objectModel/TypeScript: DataPartitionPersistence turns a
 * model.json partition's adapter path, an https:// URL of the lake, into a corpus path; a corpus
 * path starting with '/' is from the namespace's root, any other from the document's folder):
 * first the path it resolves to; else, for a URL or a path of a lake the folder is only part of,
 * the file whose path the location ends with (at a '/'), the longest such.
 */
export function locate(files: ReadonlyMap<string, string>, location: string, documentDir: string): string | null {
  const url = URL_PATH.exec(location.trim());
  let wanted = url ? safeDecode(url[1] ?? '') : location.trim().replace(NAMESPACE, '');
  wanted = wanted.replace(/\\/g, '/');
  if (!url) {
    const resolved = wanted.startsWith('/') ? joinPath('', wanted) : joinPath(documentDir, wanted);
    const exact = resolved === null ? undefined : files.get(resolved.toLowerCase());
    if (exact) return exact;
  }
  const tail = `/${wanted.replace(/^\/+/, '')}`.toLowerCase();
  let best: string | null = null;
  for (const [lower, path] of files) {
    if (tail.endsWith(`/${lower}`) && (best === null || path.length > best.length)) best = path;
  }
  return best;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
