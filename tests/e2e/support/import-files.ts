import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Files written into dir, by name: their paths, to choose them for import. */
export async function writeFiles(dir: string, files: Record<string, string | Uint8Array>): Promise<string[]> {
  return Promise.all(Object.entries(files).map(async ([name, text]) => {
    const file = path.join(dir, name);
    await writeFile(file, text);
    return file;
  }));
}

/** Import › Choose files, answered the way a person answers the file picker. */
export async function chooseFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles(files);
}
