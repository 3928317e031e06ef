import type { Page } from 'playwright-core';
import { SCREENS } from '../../../renderer/app/screens';

/**
 * One view of the app on the way round it: a screen through its link, and what a person opens
 * there (a failed order and its tabs, a failed customer operation, a run, a session, a coupled
 * record). Reached by URL and by position, never by a label, so the same tour runs in every language.
 */
export interface TourStop {
  name: string;
  hash: string;
  open?: (page: Page) => Promise<void>;
}

/** Clicks the first row of the screen's list (a cell of it: a click on the checkbox would only tick it). */
const firstRow = (field: string) => async (page: Page) => {
  // The pointer away first: left over a header cut short, that header's tooltip would cover the first row.
  await page.mouse.move(0, 0);
  await page.locator(`main .MuiDataGrid-row[data-id] [data-field="${field}"]`).first().click();
};
/** The first row, then the record's tab at this position (0: its first). */
const firstRowTab = (field: string, tab: number) => async (page: Page) => {
  await firstRow(field)(page);
  await page.locator('main [role="tablist"] [role="tab"]').nth(tab).click();
};

const screensWithRecords: TourStop[] = [
  { name: 'a failed online order', hash: '#/online-transactions?status=Failed', open: firstRow('reference') },
  { name: 'a failed online order, its header', hash: '#/online-transactions?status=Failed', open: firstRowTab('reference', 1) },
  { name: 'a failed online order, its sales lines', hash: '#/online-transactions?status=Failed', open: firstRowTab('reference', 2) },
  { name: 'a register’s failed customer order', hash: '#/store-transactions?status=Failed', open: firstRow('reference') },
  { name: 'a failed customer operation', hash: '#/customer-sync-status?status=Failed', open: firstRow('name') },
  { name: 'an Integration synchronization run', hash: '#/run-history?job=integration-synchronization', open: firstRow('id') },
  { name: 'a P-0001 run', hash: '#/run-history?job=P-0001', open: firstRow('id') },
  { name: 'an upload session', hash: '#/upload-sessions', open: firstRow('id') },
  {
    name: 'a coupled record opened', hash: '#/coupled-sync-errors',
    open: async (page) => page.locator('main .MuiDataGrid-row[data-id] [data-field="description"] button').first().click(),
  },
  { name: 'a coupled customer', hash: '#/coupled-customers', open: firstRow('integrationId') },
  // Dialogs: the app bar's first button (Tell me) and last (Settings), and a line table's audit trail (its tab's first button).
  { name: 'Tell me', hash: '#/workspace', open: async (page) => page.locator('header button').first().click() },
  { name: 'Settings', hash: '#/workspace', open: async (page) => page.locator('header button').last().click() },
  {
    name: 'a sales line table’s audit trail', hash: '#/online-transactions?status=Failed',
    open: async (page) => {
      await firstRowTab('reference', 2)(page);
      await page.locator('main [role="tabpanel"] button').first().click();
    },
  },
];

/** Every screen as its link opens it, then each record a person opens on the screens that have them. */
export const TOUR: TourStop[] = [...SCREENS.map((screen) => ({ name: screen, hash: `#/${screen}` })), ...screensWithRecords];

/** Waits until the screen has drawn: its heading, its chunk loaded, its grids' rows read, MUI's transitions (a dialog's too) over. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').waitFor();
  await page.waitForFunction(() => !document.querySelector('main .MuiLinearProgress-root, main .MuiDataGrid-overlay .MuiCircularProgress-root'));
  await page.evaluate(async () => {
    const transitions = () => document.getAnimations().filter((a) => a instanceof CSSTransition);
    while (transitions().length) await Promise.allSettled(transitions().map((a) => a.finished));
  });
}

/**
 * Goes to each stop in turn and hands it to `look`, on the same page (one session, one worker, one
 * load of each chunk). A stop on the screen the one before left open finds it as that one left it
 * (the record's tab): each stop opens what it shows itself.
 */
export async function tour(page: Page, look: (stop: TourStop) => Promise<void>): Promise<void> {
  for (const stop of TOUR) {
    await page.evaluate((hash) => (window.location.hash = hash), stop.hash);
    await settled(page);
    if (stop.open) {
      await stop.open(page);
      await settled(page);
    }
    await look(stop);
    // A dialog the stop opened closes as a person closes it.
    if (await page.getByRole('dialog').count()) {
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
    }
  }
}
