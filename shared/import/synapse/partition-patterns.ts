import { isUnder, joinPath } from './cdm-paths';

/**
 * A manifest's dataPartitionPattern: which of the folder's files are partitions of its entity.
 * The rules are the CDM object model's (microsoft/CDM, objectModel/TypeScript/Cdm/
 * CdmDataPartitionPatternDefinition.ts, fileStatusCheckAsync): every file under rootLocation (a
 * corpus path: from the namespace's root if it starts with '/', else from the manifest's folder)
 * is named by its path below it, starting with '/' ("/2019/July/cohort101.csv"); the pattern must
 * match that whole name; "If a glob pattern and regular expression are both present, the glob
 * pattern will be used instead" (learn.microsoft.com, common-data-model 1.0om DataPartitionPattern).
 */
export interface PatternDefinition {
  rootLocation?: string | undefined;
  regularExpression?: string | undefined;
  globPattern?: string | undefined;
}

export type PatternMatch = { files: string[] } | { problem: string };

const SEPARATOR = '[/\\\\]';
const NOT_SEPARATOR = '[^/\\\\]';
const isSeparator = (c: string | undefined) => c === '/' || c === '\\';
const escapeRegex = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A glob pattern as a regular expression, by the characters CDM gives a meaning to ("*" matches
 * zero or more of any character except path separators; "**" zero or more directories or files;
 * "?" any single character that isn't a path separator; "/" and "\" are interchangeable): every
 * other character stands for itself. Like the object model, a pattern matches from a separator.
 */
export function globToRegex(glob: string): string {
  let out = SEPARATOR;
  for (let i = isSeparator(glob[0]) ? 1 : 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (isSeparator(c)) out += SEPARATOR;
    else if (c === '?') out += NOT_SEPARATOR;
    else if (c === '*' && glob[i + 1] === '*') {
      const before = i === 0 ? undefined : glob[i - 1];
      const after = glob[i + 2];
      // A globstar stands alone between separators (or at an end); elsewhere it is a single star.
      if ((before === undefined || isSeparator(before)) && (after === undefined || isSeparator(after))) {
        out += '.*';
        // "/**/" also matches no folder at all: the second separator may be absent.
        if (before !== undefined && after !== undefined) {
          out += `${SEPARATOR}?`;
          i += 1;
        }
      } else out += `${NOT_SEPARATOR}*`;
      i += 1;
    } else if (c === '*') out += `${NOT_SEPARATOR}*`;
    else out += escapeRegex(c);
  }
  return out;
}

/**
 * A group that repeats and itself holds a repetition ("(a+)+", "(.*\/)*") can take a very long
 * time to fail on a name that almost matches: a manifest's expression like that is not run.
 * (A check of the common shape, not a proof: groups nested in the repeated group pass it.)
 */
const NESTED_REPETITION = /\((?:[^()\\]|\\.)*(?:[*+]|\{\d+,\d*\})(?:[^()\\]|\\.)*\)(?:[*+]|\{\d+,\d*\})/;

/** The files of the folder `pattern` (declared in the manifest in `manifestDir`) stands for. */
export function matchPattern(paths: readonly string[], manifestDir: string, pattern: PatternDefinition): PatternMatch {
  const glob = pattern.globPattern?.trim();
  const regex = pattern.regularExpression?.trim();
  if (!glob && !regex) return { problem: 'it has neither a regularExpression nor a globPattern' };
  if (!glob && NESTED_REPETITION.test(regex!)) return { problem: `its regularExpression ${regex} repeats a group that itself repeats, which could run for hours on a file name` };
  let expression: RegExp;
  try {
    expression = new RegExp(glob ? globToRegex(glob) : regex!);
  } catch {
    return { problem: `its regularExpression ${regex} is not a regular expression` };
  }
  const rootLocation = (pattern.rootLocation ?? '').trim().replace(/^[a-z][\w-]*:(?!\/\/)/i, '');
  const root = joinPath(rootLocation.startsWith('/') ? '' : manifestDir, rootLocation);
  if (root === null) return { problem: `its rootLocation ${pattern.rootLocation} lies outside the folder` };
  const files = paths.filter((path) => {
    if (!isUnder(path, root)) return false;
    const name = `/${path.slice(root === '' ? 0 : root.length + 1)}`;
    const match = expression.exec(name);
    return match !== null && match[0] === name;
  });
  return { files };
}
