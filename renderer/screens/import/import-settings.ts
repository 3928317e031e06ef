import i18next from 'i18next';
import { dateLocaleOfLanguage, type DateLocale } from '../../../shared/import/export-dates';
import { COMPANY } from '../../../shared/import/import-options';

/** What the Import screen asks of the export, once for all the files of an import. */
export interface ImportSettings {
  /** The company of rows that carry none: a package's own, as its name says, else the last one used; empty if neither. */
  company: string;
  /** The person typed the company: a package chosen after it does not change it. */
  companyTyped: boolean;
  /** The regional format of the export's dates: at first, that of the app's language. */
  dateLocale: DateLocale;
}

/** The last company an import was given, remembered in this window's storage (a preference, not data). */
const LAST_COMPANY = 'sync-console.import.company';

function lastCompany(): string {
  try {
    const saved = localStorage.getItem(LAST_COMPANY) ?? '';
    return COMPANY.test(saved) ? saved : '';
  } catch {
    return '';
  }
}

export function rememberCompany(company: string): void {
  try {
    if (COMPANY.test(company.trim())) localStorage.setItem(LAST_COMPANY, company.trim().toUpperCase());
  } catch {
    // Storage turned off: the next import starts without a default, which the screen says.
  }
}

export const initialSettings = (): ImportSettings => ({ company: lastCompany(), companyTyped: false, dateLocale: dateLocaleOfLanguage(i18next.language ?? 'en') });

/**
 * What is wrong with the company: not a D365 company id; or none, while a data management package
 * (whose company's entities carry none) is chosen. OData pages carry their own: none is needed.
 */
export function companyProblem(company: string, files: readonly { name: string }[]): 'invalid' | 'needed' | null {
  if (company.trim() === '') return files.some((f) => /\.zip$/i.test(f.name)) ? 'needed' : null;
  return COMPANY.test(company.trim()) ? null : 'invalid';
}
export const settingsValid = (settings: ImportSettings, files: readonly { name: string }[]): boolean => companyProblem(settings.company, files) === null;
