// Types only: the prompt is installed on a webContents passed in, and asks through a function passed
// in (dialog.showMessageBoxSync in main), so it is unit-tested without Electron.
import type { LeavePrompt } from '../../shared/contracts/host-api';

/** Asked when a page never said its words (it still stopped the unload, so something is unsaved). */
export const ENGLISH_LEAVE_PROMPT: LeavePrompt = {
  title: 'Sync Console',
  message: 'Leave without saving?',
  detail: 'Some values you typed are not saved. They are lost if you leave.',
  leave: 'Leave without saving',
  stay: 'Stay',
};

/** The words each window's page last sent (host:setLeavePrompt), while it holds unsaved values. */
export class LeavePrompts {
  private readonly byPage = new WeakMap<object, LeavePrompt>();

  set(page: object, prompt: LeavePrompt | null): void {
    if (prompt) this.byPage.set(page, prompt);
    else this.byPage.delete(page);
  }

  get(page: object): LeavePrompt | null {
    return this.byPage.get(page) ?? null;
  }
}

/** dialog.showMessageBoxSync's options, as far as the prompt uses them. */
export interface LeaveDialogOptions {
  type: 'warning';
  title: string;
  message: string;
  detail: string;
  buttons: [leave: string, stay: string];
  defaultId: 1;
  cancelId: 1;
  noLink: true;
}

/** The part of a webContents the prompt needs. */
export interface UnloadingContents {
  on(event: 'will-prevent-unload', listener: (event: { preventDefault(): void }) => void): void;
}

/**
 * A page with unsaved values stops its window from closing or reloading (beforeunload), and
 * Electron, unlike a browser, then asks nothing: the window just stays open. So main asks, in the
 * page's words, Stay first; Leave lets the window go (preventDefault on will-prevent-unload is
 * Electron's way of overriding the page).
 */
export function askBeforeUnload(contents: UnloadingContents, prompts: LeavePrompts, ask: (options: LeaveDialogOptions) => number): void {
  contents.on('will-prevent-unload', (event) => {
    const prompt = prompts.get(contents) ?? ENGLISH_LEAVE_PROMPT;
    const choice = ask({
      type: 'warning', title: prompt.title, message: prompt.message, detail: prompt.detail,
      buttons: [prompt.leave, prompt.stay], defaultId: 1, cancelId: 1, noLink: true,
    });
    if (choice === 0) event.preventDefault();
  });
}
