import { useEffect, useSyncExternalStore } from 'react';

/** A record or form on screen holding values typed and not saved. */
export interface UnsavedEntry {
  /** The record's id as its list names it (a transaction's key text, an operation id), or the form's own. */
  id: string;
  /** What the person calls it: a channel reference, a customer, a number sequence's code. */
  label: string;
  /** A sentence on what leaving means for it, if more than losing the values (a transaction stays in Editing). */
  note?: string;
}

let entries: readonly UnsavedEntry[] = [];
const owners = new Map<symbol, UnsavedEntry>();
const listeners = new Set<() => void>();

function changed(): void {
  entries = [...owners.values()];
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Every record and form with unsaved values now, wherever on the page. */
export const unsavedEntries = (): readonly UnsavedEntry[] => entries;

export const useUnsavedEntries = (): readonly UnsavedEntry[] => useSyncExternalStore(subscribe, unsavedEntries);

/** Follows the unsaved values from outside React (the desktop app's close prompt). */
export const watchUnsaved = (listener: (now: readonly UnsavedEntry[]) => void): (() => void) => subscribe(() => listener(entries));

/**
 * Says, while `entry` is not null, that a component holds unsaved values: leaving asks first
 * (leave-guard.ts), and a Synchronize of that record refuses. Cleared when the component goes.
 */
export function useUnsavedChanges(entry: UnsavedEntry | null): void {
  const id = entry?.id;
  const label = entry?.label;
  const note = entry?.note;
  useEffect(() => {
    if (id === undefined || label === undefined) return;
    const owner = Symbol(id);
    owners.set(owner, { id, label, ...(note ? { note } : {}) });
    changed();
    return () => {
      owners.delete(owner);
      changed();
    };
  }, [id, label, note]);
}

/** The unsaved entry among the records an action would touch, when there is one: the action refuses while it has one. */
export function unsavedAmong(ids: readonly string[], now: readonly UnsavedEntry[]): UnsavedEntry | null {
  const wanted = new Set(ids);
  return now.find((entry) => wanted.has(entry.id)) ?? null;
}
