import { isValid, parse } from 'date-fns';

/**
 * The regional formats a data management package writes dates in: the exporting user's, which the
 * person chooses on the Import screen (REFERENCE.md §4: "3/11/2025 12:00:00 AM" in en-US,
 * "11.03.2025" in nb-NO, "2025-03-11" in sv-SE). Each is read only by its own patterns, so a day
 * and a month are never swapped: "03/04/2026" is 4 March in en-US and 3 April in en-GB, and
 * "31/03/2026" is no date at all in en-US.
 */
export const DATE_LOCALES = ['en-US', 'en-GB', 'nb-NO', 'sv-SE', 'de-DE'] as const;
export type DateLocale = (typeof DATE_LOCALES)[number];

const DAY_MONTH_DOTS = ['d.M.yyyy H:mm:ss', 'd.M.yyyy H:mm', 'd.M.yyyy'];
const PATTERNS: Record<DateLocale, readonly string[]> = {
  'en-US': ['M/d/yyyy h:mm:ss a', 'M/d/yyyy h:mm a', 'M/d/yyyy H:mm:ss', 'M/d/yyyy H:mm', 'M/d/yyyy'],
  'en-GB': ['d/M/yyyy H:mm:ss', 'd/M/yyyy H:mm', 'd/M/yyyy'],
  'nb-NO': DAY_MONTH_DOTS,
  'sv-SE': ['yyyy-MM-dd H:mm:ss', 'yyyy-MM-dd H:mm', 'yyyy-MM-dd'],
  'de-DE': DAY_MONTH_DOTS,
};

/** Locales whose numbers use a decimal comma ("49,50"): a package in them may write numbers so. */
export const DECIMAL_COMMA: ReadonlySet<DateLocale> = new Set(['nb-NO', 'sv-SE', 'de-DE']);

/** The locale of the app's language, as the Import screen's first choice. */
export const dateLocaleOfLanguage = (language: string): DateLocale =>
  language.startsWith('nb') || language.startsWith('no') ? 'nb-NO' : language.startsWith('sv') ? 'sv-SE' : 'en-US';

/** ISO 8601, as OData writes Edm.DateTimeOffset (and year-first dates, which no locale reads day-first): its own calendar date is kept. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const REFERENCE_DATE = new Date(2000, 0, 1);

/** What a date value reads as: a calendar date, empty (HQ's 1900-01-01), or nothing it can be. */
export type ExportDate = { date: string } | { empty: true } | null;

const pad = (n: number) => String(n).padStart(2, '0');

function calendarDate(year: number, month: number, day: number): ExportDate {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  // HQ writes an empty date as 1900-01-01 (at noon in OData, at midnight in packages), so every time of that day is empty.
  if (year === 1900 && month === 1 && day === 1) return { empty: true };
  return { date: `${year}-${pad(month)}-${pad(day)}` };
}

/**
 * A date as the export wrote it. ISO 8601 keeps the calendar date it was written with, whatever
 * its time and zone: OData writes date-only fields at noon UTC ("2026-09-20T12:00:00Z"), so they
 * stay on their day in every time zone. Other text is read in the export's regional format only.
 */
export function readExportDate(text: string, locale: DateLocale): ExportDate {
  // An export's rows share a few dates: each is read once (the regional patterns cost the most).
  const key = `${locale}\u0000${text}`;
  const known = READ.get(key);
  if (known !== undefined) return known;
  if (READ.size >= 10_000) READ.clear();
  const date = readDate(text, locale);
  READ.set(key, date);
  return date;
}

const READ = new Map<string, ExportDate>();

function readDate(text: string, locale: DateLocale): ExportDate {
  const value = text.trim();
  const iso = ISO.exec(value);
  if (iso) {
    const [hours, minutes, seconds] = [iso[4], iso[5], iso[6]].map((part) => Number(part ?? 0));
    if (hours! > 23 || minutes! > 59 || seconds! > 59) return null;
    return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  }
  // A year of four digits, or it is not read at all: "3/11/25" could be any century.
  if (!/\d{4}/.test(value)) return null;
  for (const pattern of PATTERNS[locale]) {
    const parsed = parse(value, pattern, REFERENCE_DATE);
    if (isValid(parsed)) return calendarDate(parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate());
  }
  return null;
}
