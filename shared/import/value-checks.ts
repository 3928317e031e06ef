import { asWritten } from './field-value';
import { rowRefusals } from './import-messages';
import type { PropertyType } from './public-entities/public-entity';

/** The Edm types whose values OData writes as JSON strings: a number or true/false there is not what HQ wrote. */
const TEXT_TYPES: readonly PropertyType[] = ['String', 'Guid', 'DateTimeOffset'];

/**
 * Why a value of a JSON row is not of its property's JSON type, in words; null when it is (or the
 * property is unknown to $metadata, whose value is kept as written). A list or an object is never
 * the value of a property of a primitive type: a navigation property's lines are read apart, so
 * what reaches here as a list is no line (`"GrossAmount": [1, 2]`). A number where $metadata says
 * text (a key written as 1e+308) is refused rather than taken as the text JavaScript makes of it.
 */
export function jsonTypeProblem(column: string, type: PropertyType | undefined, value: unknown): string | null {
  if (type === undefined || value === null || value === undefined) return null;
  if (Array.isArray(value)) return rowRefusals.aList(column, asWritten(value));
  if (typeof value === 'object') return rowRefusals.anObject(column, asWritten(value));
  if (!TEXT_TYPES.includes(type)) return null;
  if (typeof value === 'number') return rowRefusals.aNumber(column, asWritten(value));
  if (typeof value === 'boolean') return rowRefusals.aBoolean(column, asWritten(value));
  return null;
}

/** Text longer than a value HQ exports, refused before anything reads it further. */
export const lengthProblem = (column: string, value: unknown, maxChars: number): string | null =>
  typeof value === 'string' && value.length > maxChars ? rowRefusals.tooLong(column, String(value.length), String(maxChars)) : null;

// C0 and C1 controls and DEL: what no key typed in HQ holds (a NUL would end the key in some tools and not in others).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/** A control character in a key's text, named by its code point (U+0000). */
export function controlProblem(column: string, value: unknown): string | null {
  const found = typeof value === 'string' ? CONTROL.exec(value) : null;
  return found ? rowRefusals.controlCharacter(column, `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`) : null;
}
