import { confirmLeave } from './leave-guard';

/**
 * The hash the app shows, which follows the URL's unless leaving would lose unsaved values.
 *
 * A hash change (a link followed, back/forward, a hash typed, code setting location.hash) has
 * already happened when the browser tells of it; so the app keeps showing the screen it had
 * until the person answers. Leave: the new hash is shown. Stay: the URL is taken back to the
 * shown one through history, so back/forward stay where they were. Each history entry is given
 * its position (`syncConsoleEntry` in history.state) to know how far to go back.
 */
interface EntryState {
  syncConsoleEntry?: number;
}

type LeavesTest = (from: string, to: string) => boolean;

let shown: string | null = null;
let position = 0;
/** Set while history.go takes the URL back after a Stay: the hash change it makes is ours. */
let restoring = false;
/** A hash change waiting for the person's answer, and the history position the URL is at meanwhile. */
let asking: { at: number } | null = null;
let leaves: LeavesTest = (from, to) => from !== to;
/** How the shown hash last changed: a navigation (a link, back/forward, a typed hash) or a replace from the screen itself. */
let lastChange: 'navigation' | 'replace' = 'navigation';
const listeners = new Set<() => void>();

const stateOf = (): EntryState => (typeof window.history.state === 'object' && window.history.state !== null ? window.history.state as EntryState : {});

/** This entry's position, given now if it is new (a push lands one after the entry it left). */
function entryPosition(next: number): number {
  const known = stateOf().syncConsoleEntry;
  if (typeof known === 'number') return known;
  window.history.replaceState({ ...stateOf(), syncConsoleEntry: next }, '');
  return next;
}

function show(hash: string, how: typeof lastChange): void {
  shown = hash;
  lastChange = how;
  for (const listener of listeners) listener();
}

function onHashChange(): void {
  const target = window.location.hash;
  const at = entryPosition(position + 1);
  const from = shownHash();
  // The hash change a Stay's history.go makes is ours (should history hold another hash there, it is shown).
  if (restoring) {
    restoring = false;
    position = at;
    if (target !== from) show(target, 'navigation');
    return;
  }
  if (!leaves(from, target)) {
    position = at;
    show(target, 'navigation');
    return;
  }
  // Back pressed again while the question is open: the one answer is for where the URL is now.
  if (asking) {
    asking.at = at;
    return;
  }
  asking = { at };
  void confirmLeave().then((leave) => {
    const landed = asking?.at ?? at;
    asking = null;
    if (leave) {
      position = landed;
      show(window.location.hash, 'navigation');
      return;
    }
    const back = landed - position;
    if (back === 0) {
      window.history.replaceState(window.history.state, '', from);
      return;
    }
    restoring = true;
    window.history.go(-back);
  });
}

let installed = false;
function install(): void {
  if (installed) return;
  installed = true;
  shown = window.location.hash;
  position = entryPosition(0);
  window.addEventListener('hashchange', onHashChange);
}

/** The hash on screen. */
export function shownHash(): string {
  install();
  return shown ?? '';
}

/** Tells `listener` each time the hash on screen changes. */
export function subscribeShown(listener: () => void): () => void {
  install();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Which hash changes leave something (another screen or record), as hash-location parses them. */
export function setLeavesTest(test: LeavesTest): void {
  leaves = test;
}

/**
 * Replaces the hash without a history entry (a record opened, a filter changed): asked first
 * when it leaves the shown record or screen. Resolves whether it was replaced.
 */
export async function replaceShown(hash: string): Promise<boolean> {
  install();
  const from = shownHash();
  if (hash === from) return true;
  if (leaves(from, hash) && !(await confirmLeave())) return false;
  window.history.replaceState(window.history.state, '', hash);
  show(hash, 'replace');
  return true;
}

/** Whether the hash on screen came from a navigation (focus goes to what it opened) or from the screen itself. */
export const shownByNavigation = (): boolean => lastChange === 'navigation';
