import type { ScreenId } from './screens';

/**
 * A screen's filters in the URL hash after its name (#/online-transactions?status=Failed), so a
 * tile or a link opens a list already filtered. The screen reads them when it opens.
 */
export function hashParams(): URLSearchParams {
  const hash = window.location.hash;
  const at = hash.indexOf('?');
  return new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
}

/** The screen's name in a hash, without its filters. */
export const screenOfHash = (hash: string): string => hash.replace(/^#\/?/, '').split('?')[0]!;

/** A link to a screen with its filters; a null or empty value is left out. */
export function screenHrefWith(screen: ScreenId, params: Record<string, string | number | null | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).flatMap(([name, value]) => (value === null || value === undefined || value === '' ? [] : [[name, String(value)]])));
  const text = query.toString();
  return `#/${screen}${text ? `?${text}` : ''}`;
}

/** A parameter's value if it is one of the allowed values; null otherwise. */
export function paramIn<T extends string>(params: URLSearchParams, name: string, allowed: readonly T[]): T | null {
  const value = params.get(name);
  return (allowed as readonly string[]).includes(value ?? '') ? (value as T) : null;
}
