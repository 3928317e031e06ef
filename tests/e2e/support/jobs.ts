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

/** Batch jobs › Run a job now, or schedule it: the job chosen, Run now, and the outcome once the run has ended. */
export async function runFromBatchJobs(page: Page, job: string, labels: Translation = en): Promise<string> {
  await page.getByRole('link', { name: labels.nav.batchJobs }).click();
  const card = page.getByRole('region', { name: labels.batchJobs.runOrSchedule });
  await card.getByRole('combobox', { name: labels.jobs.job }).click();
  await page.getByRole('option', { name: job, exact: true }).click();
  await card.getByRole('button', { name: labels.jobs.runNow }).click();
  await card.getByRole('alert').waitFor({ timeout: 60_000 });
  return (await card.getByRole('alert').textContent()) ?? '';
}

/**
 * The demo after a working morning, through the UI: P-0001, Synchronize orders, Synchronize
 * customers and channel requests and Integration synchronization have run, so there are failed
 * orders of both channels, failed customer operations, upload sessions and coupled records in error.
 */
export async function runTheDemosJobs(page: Page): Promise<void> {
  await runUploadNow(page);
  await page.getByRole('row', { name: en.jobNames['P-0001'] }).getByRole('alert').waitFor({ timeout: 60_000 });
  for (const job of ['synchronize-orders', 'synchronize-customers', 'integration-synchronization'] as const) {
    await runFromBatchJobs(page, en.jobNames[job]);
  }
}
