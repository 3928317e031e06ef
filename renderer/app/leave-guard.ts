import { useSyncExternalStore } from 'react';
import { unsavedEntries, type UnsavedEntry } from './unsaved-changes';

/** The question on screen: which unsaved values leaving would lose, and where the answer goes. */
export interface LeaveQuestion {
  entries: readonly UnsavedEntry[];
  answer: (leave: boolean) => void;
}

let question: LeaveQuestion | null = null;
let unloadAllowed = false;
const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/**
 * Asks before the page leaves what holds unsaved values: resolves true at once when nothing
 * does, else when the person chooses to leave without saving (false when they stay). A second
 * question while one is open gets the same answer.
 */
export function confirmLeave(): Promise<boolean> {
  const entries = unsavedEntries();
  if (entries.length === 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const earlier = question;
    question = {
      entries,
      answer: (leave) => {
        question = null;
        notify();
        earlier?.answer(leave);
        resolve(leave);
      },
    };
    notify();
  });
}

/** Asks, then lets the page unload without asking again (the browser's own beforeunload prompt): a reload the app starts itself. */
export async function confirmUnload(): Promise<boolean> {
  const leave = await confirmLeave();
  if (leave) unloadAllowed = true;
  return leave;
}

/** Whether a reload or close should be stopped for the browser's (or the desktop app's) question. */
export const unloadNeedsAsking = (): boolean => !unloadAllowed && unsavedEntries().length > 0;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useLeaveQuestion = (): LeaveQuestion | null => useSyncExternalStore(subscribe, () => question);
