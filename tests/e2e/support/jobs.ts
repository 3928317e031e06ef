import type { Page } from 'playwright-core';

/** Distribution schedule › the P-0001 row › Run now. */
export async function runUploadNow(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Distribution schedule' }).click();
  await page.getByRole('row', { name: 'P-0001 Channel transactions' }).getByRole('button', { name: 'Run now' }).click();
}

/** The outcome alert in a distribution schedule row, once the run has ended. */
export async function outcomeOf(page: Page, job: string): Promise<string | null> {
  const alert = page.getByRole('row', { name: job }).getByRole('alert');
  return (await alert.count()) ? alert.textContent() : null;
}
