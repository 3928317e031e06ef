/**
 * Payloads an attacker (or a runaway page) could send instead of a valid one, derived from a
 * valid example so every field of every schema is tried: each value in turn replaced by a
 * 5 MB string, a 10,000-deep object or a value of the wrong kind, and each list by 200,000 copies
 * of its first entry.
 */
export const HUGE_TEXT = 'x'.repeat(5 * 1024 * 1024);

export function deeplyNested(depth = 10_000): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value, list: [value] };
  return value;
}

type Path = (string | number)[];

function leafPaths(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  const here = { path, value };
  if (Array.isArray(value)) return [here, ...value.slice(0, 1).flatMap((v, i) => leafPaths(v, [...path, i]))];
  if (typeof value === 'object' && value !== null && !(value instanceof Uint8Array)) {
    return [here, ...Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]))];
  }
  return [here];
}

function replaceAt(root: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[head!] = replaceAt(copy[head!], rest, replacement);
  return copy;
}

const wrongKind = (value: unknown): unknown => (typeof value === 'string' ? 42 : String(value));

export interface BadPayload {
  name: string;
  payload: unknown;
}

/** Every oversized, deeply nested and wrong-typed variant of a valid payload. */
export function badVariants(valid: unknown): BadPayload[] {
  const variants: BadPayload[] = [];
  for (const { path, value } of leafPaths(valid)) {
    const at = path.length ? path.join('.') : 'the payload';
    variants.push({ name: `${at} as a 5 MB string`, payload: replaceAt(valid, path, HUGE_TEXT) });
    variants.push({ name: `${at} as a 10,000-deep object`, payload: replaceAt(valid, path, deeplyNested()) });
    if (typeof value === 'number') variants.push({ name: `${at} as 1e300`, payload: replaceAt(valid, path, 1e300) });
    if (Array.isArray(value) && value.length > 0) {
      variants.push({ name: `${at} with 200,000 entries`, payload: replaceAt(valid, path, Array.from({ length: 200_000 }, () => value[0])) });
    } else if (value !== null && typeof value !== 'object' && path.length > 0) {
      variants.push({ name: `${at} of the wrong kind`, payload: replaceAt(valid, path, wrongKind(value)) });
    }
  }
  return variants;
}
