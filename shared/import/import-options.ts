import { z } from 'zod';
import { DATE_LOCALES, type DateLocale } from './export-dates';

/**
 * What the person tells the import about the export, on the Import screen: the company of rows
 * that carry none (a data management package of a company-specific entity has no DATAAREAID
 * column: the company is the legal entity the export ran in), and the regional format its dates
 * were written in. With incomplete, it imports OData pages whose nextLink chain has a gap.
 */
export interface ImportOptions {
  company: string | null;
  dateLocale: DateLocale;
  acceptIncomplete: boolean;
  /** The person said to import files imported before (into a workspace still there) once more. */
  importAgain?: boolean;
}

export const DEFAULT_IMPORT_OPTIONS: ImportOptions = { company: null, dateLocale: 'en-US', acceptIncomplete: false };

/** A company id as D365 has it: up to four letters or digits (DataAreaId). */
export const COMPANY = /^[A-Za-z0-9]{1,4}$/;

export const importOptionsSchema = z.object({
  company: z.string().trim().regex(COMPANY).nullable(),
  dateLocale: z.enum(DATE_LOCALES),
  acceptIncomplete: z.boolean(),
  importAgain: z.boolean().optional(),
});

/**
 * The company a package's name starts with, as HQ's export names it ("usmf_asset-major-types-01.zip"
 * → USMF): the first token before an underscore, if it can be a company id. null otherwise.
 */
export function companyOfFileName(name: string): string | null {
  const token = /^([A-Za-z0-9]{1,4})_/.exec(name.replace(/^.*[\\/]/, ''))?.[1];
  return token ? token.toUpperCase() : null;
}

/**
 * Company ids are case-insensitive in D365, which stores them in lower case and writes them so in
 * OData (dataAreaId "usmf"): rows given the company on the Import screen ("USMF") and rows that
 * carry their own must name the same transaction.
 */
export const companyKey = (company: string): string => company.trim().toLowerCase();
