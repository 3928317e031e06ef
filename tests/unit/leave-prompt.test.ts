import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { askBeforeUnload, ENGLISH_LEAVE_PROMPT, LeavePrompts, type LeaveDialogOptions } from '../../electron/main/leave-prompt';
import { createHostHandlers, registerIpcHandlers } from '../../electron/main/ipc-handlers';
import { mainServices } from '../support/main-services';
import type { LeavePrompt } from '../../shared/contracts/host-api';

const norwegian: LeavePrompt = {
  title: 'Sync Console', message: 'Gå videre uten å lagre?', detail: 'NOR0000058', leave: 'Gå videre uten å lagre', stay: 'Bli her',
};

/** A window's webContents as far as the prompt goes: it can stop an unload the page asked to keep. */
function fakeWindow() {
  let listener: ((event: { preventDefault(): void }) => void) | undefined;
  const contents = { on: (_event: 'will-prevent-unload', l: typeof listener) => void (listener = l) };
  /** The page's beforeunload stopped the window from closing: did main let it close anyway? */
  const close = () => {
    let closed = false;
    listener!({ preventDefault: () => void (closed = true) });
    return closed;
  };
  return { contents, close };
}

describe('closing the desktop app with unsaved values', () => {
  it('asks in the words the page sent, Stay first, and closes only on Leave', () => {
    const prompts = new LeavePrompts();
    const window = fakeWindow();
    const asked: LeaveDialogOptions[] = [];
    let answer = 1;
    askBeforeUnload(window.contents, prompts, (options) => {
      asked.push(options);
      return answer;
    });
    prompts.set(window.contents, norwegian);
    expect(window.close()).toBe(false); // Stay
    answer = 0;
    expect(window.close()).toBe(true); // Leave without saving
    expect(asked[0]).toEqual({
      type: 'warning', title: 'Sync Console', message: 'Gå videre uten å lagre?', detail: 'NOR0000058',
      buttons: ['Gå videre uten å lagre', 'Bli her'], defaultId: 1, cancelId: 1, noLink: true,
    });
    // A page that never said its words still stopped the close: main asks in English rather than not at all.
    prompts.set(window.contents, null);
    window.close();
    expect(asked[2]).toMatchObject({ message: ENGLISH_LEAVE_PROMPT.message, buttons: [ENGLISH_LEAVE_PROMPT.leave, ENGLISH_LEAVE_PROMPT.stay] });
  });

  it('keeps the words each window sends over IPC, and forgets them when it sends none', async () => {
    const services = await mainServices();
    const listeners = new Map<string, (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown>();
    registerIpcHandlers({ handle: (channel, listener) => void listeners.set(channel, listener) }, createHostHandlers(services));
    const sender = { send: () => undefined, once: () => undefined };
    const send = (prompt: unknown) => listeners.get('host:setLeavePrompt')!({ senderFrame: { url: 'app://sync-console/index.html' }, sender } as unknown as IpcMainInvokeEvent, prompt);
    await send(norwegian);
    expect(services.leavePrompts.get(sender)).toEqual(norwegian);
    await expect(send({ ...norwegian, stay: '' })).rejects.toThrow(/invalid argument/);
    await send(null);
    expect(services.leavePrompts.get(sender)).toBeNull();
  });
});
