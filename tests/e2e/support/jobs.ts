import type { Page } from 'playwright-core';
import { en } from '../../../renderer/i18n/en';
import type { Translation } from '../../../renderer/i18n/en';

/** Distribution schedule › the P-0001 row › Run now, in the language whose labels are given. */
export async function runUploadNow(page: Page, labels: Translation = en): Promise<void> {
  await page.getByRole('link', { name: labels.nav.distributionSchedule }).click();
  await page.getByRole('row', { name: labels.jobNames['P-0001'] }).getByRole('button', { name: labels.jobs.runNow }).click();
}

/** The outcome alert in a distribution schedule row, once the run has ended. */
export async function outcomeOf(page: Page, job: string): Promise<string | null> {
  const alert = page.getByRole('row', { name: job }).getByRole('alert');
  return (await alert.count()) ? alert.textContent() : null;
}
