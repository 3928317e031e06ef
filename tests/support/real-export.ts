// Exports in the shapes HQ really writes them, built from the table of real names
// (shared/import/public-entities): every property of the entity on every row, as a data management
// package's CSV (upper-case columns, no DATAAREAID, regional dates, six decimals, enums by name) or
// as an OData row (exact property names, ISO dates at noon, @odata.etag). Tests and the bench build
// their fixtures with these, from rows under this database's field names.
import { REAL_ENUMS } from '../../shared/import/public-entities/real-enums';
import { allProperties, packageColumn, type PublicEntity, type PublicProperty } from '../../shared/import/public-entities/public-entity';
import { isRealEnum } from '../../shared/import/enum-value';
import { csv, utf16le } from './import-fixtures';

/** How a package writes a date: "9/20/2026 12:00:00 AM" in en-US, "20.09.2026 00:00:00" in nb-NO… */
export type PackageDateStyle = 'en-US' | 'en-GB' | 'nb-NO' | 'sv-SE' | 'de-DE';

export function packageDate(date: string | null, style: PackageDateStyle = 'en-US'): string {
  const [y, m, d] = (date ?? '1900-01-01').split('-');
  const day = Number(d);
  const month = Number(m);
  switch (style) {
    case 'en-US': return `${month}/${day}/${y} 12:00:00 AM`;
    case 'en-GB': return `${d}/${m}/${y} 00:00:00`;
    case 'sv-SE': return `${y}-${m}-${d} 00:00:00`;
    default: return `${d}.${m}.${y} 00:00:00`;
  }
}

/** A value no field of this database holds, as HQ writes one that is unset. */
function unsetValue([, type]: PublicProperty, style: PackageDateStyle): string {
  if (type === 'Decimal') return '0.000000';
  if (type === 'Int32' || type === 'Int64') return '0';
  if (type === 'DateTimeOffset') return packageDate(null, style);
  if (isRealEnum(type)) return Object.keys(REAL_ENUMS[type])[0]!;
  return '';
}

/** A field's value as a package writes it: Decimal with six decimals, NoYes as Yes/No, dates regionally. */
function packageValue([, type]: PublicProperty, value: unknown, style: PackageDateStyle): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (type === 'DateTimeOffset' && typeof value === 'string') return packageDate(value, style);
  if (type === 'Decimal' && typeof value === 'number') return value.toFixed(6);
  return String(value);
}

/** Every column of the entity's data file: its fields' names in upper case, the company left out, as HQ exports a company's entity. */
export const packageProperties = (entity: PublicEntity): PublicProperty[] => allProperties(entity).filter(([, , field]) => field !== 'dataAreaId');

/**
 * One row of a package's data file, every column of the entity, from a row under this database's
 * field names (and, for a property no field holds, its own name: Store).
 */
export function packageRow(entity: PublicEntity, row: Readonly<Record<string, unknown>>, style: PackageDateStyle = 'en-US'): Record<string, string> {
  return Object.fromEntries(packageProperties(entity).map((p) => {
    const value = p[2] ? row[p[2]] : row[p[0]];
    return [packageColumn(p[0]), p[2] || value !== undefined ? packageValue(p, value, style) : unsetValue(p, style)];
  }));
}

/**
 * An entity's data file as CSV-Unicode, built a chunk of rows at a time (the column line once), so
 * a large package never holds every row's record at once.
 */
export class PackageCsv {
  private readonly parts: string[] = [];
  private pending: Record<string, string>[] = [];
  count = 0;

  constructor(private readonly entity: PublicEntity, private readonly style: PackageDateStyle = 'en-US') {}

  add(row: object): void {
    this.pending.push(packageRow(this.entity, row as Record<string, unknown>, this.style));
    this.count += 1;
    if (this.pending.length >= 1000) this.flush();
  }

  private flush(): void {
    if (!this.pending.length) return;
    const text = csv(this.pending);
    this.parts.push(this.parts.length ? text.slice(text.indexOf('\r\n') + 2) : text);
    this.pending = [];
  }

  text(): string {
    this.flush();
    return this.parts.join('');
  }

  bytes(): Uint8Array {
    return utf16le(this.text());
  }
}

/** An OData row of the entity: every property under its exact name, ISO dates at noon (1900-01-01 when unset), an etag. */
export function odataRow(entity: PublicEntity, row: Readonly<Record<string, unknown>>, etag = 'W/"JzEsNTYzNzE0NDU3Nic="'): Record<string, unknown> {
  const out: Record<string, unknown> = { '@odata.etag': etag };
  for (const p of entity.properties) {
    const [name, type, field] = p;
    const value = field ? row[field] : undefined;
    // A date alone is written at noon UTC; a date and time as it is; an unset date as 1900-01-01.
    if (type === 'DateTimeOffset') out[name] = typeof value === 'string' && value.includes('T') ? value : `${typeof value === 'string' ? value : '1900-01-01'}T12:00:00Z`;
    else if (value === undefined || value === null) out[name] = type === 'Decimal' || type === 'Int32' || type === 'Int64' ? 0 : isRealEnum(type) ? Object.keys(REAL_ENUMS[type])[0] : '';
    else out[name] = typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value;
  }
  return out;
}
