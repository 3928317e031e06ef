/**
 * Keeps keyboard focus on or next to the control a person just used. A button that disables
 * itself once pressed (Save, Finish editing, Synchronize order), an alert's close button that
 * goes with its alert, or a dialog whose opener is now disabled would otherwise drop focus to the
 * page's body, and the next Tab starts again from the top. When that happens, focus moves to the
 * nearest control that can take it: the next one in the same part of the page, else the one before.
 */
const FOCUSABLE = 'a[href], button, input, select, textarea, [tabindex]';
const REGION = '[role="dialog"], [role="toolbar"], section, form, nav, [role="region"], main';

/** Whether an element can still hold focus: there, enabled, shown (a heading focused after a navigation can, with tabIndex -1). */
const canHold = (element: HTMLElement): boolean =>
  element.isConnected && !element.matches(':disabled') && element.getAttribute('aria-disabled') !== 'true'
  && element.getClientRects().length > 0 && !element.closest('[inert], [aria-hidden="true"]');

/** Whether focus may be put there instead: a Tab stop that can hold it, and not an alert's close button (the alert speaks for itself). */
const usable = (element: HTMLElement): boolean => element.tabIndex >= 0 && canHold(element) && !element.closest('[role="alert"]');

const focusablesIn = (root: ParentNode): HTMLElement[] => [...root.querySelectorAll<HTMLElement>(FOCUSABLE)];

/** The first usable control after `index` in `list`, else the nearest before it. */
function nearest(list: readonly HTMLElement[], index: number): HTMLElement | null {
  for (let i = index + 1; i < list.length; i++) if (usable(list[i]!)) return list[i]!;
  for (let i = index - 1; i >= 0; i--) if (usable(list[i]!)) return list[i]!;
  return null;
}

/** Where focus goes instead of `lost`: beside it in its part of the page, else anywhere on the page. */
function replacementFor(lost: HTMLElement, remembered: readonly HTMLElement[]): HTMLElement | null {
  if (!lost.isConnected) return nearest(remembered, remembered.indexOf(lost));
  const region = lost.parentElement?.closest(REGION) ?? document.body;
  const inRegion = focusablesIn(region);
  const all = focusablesIn(document.body);
  return nearest(inRegion, inRegion.indexOf(lost)) ?? nearest(all, all.indexOf(lost));
}

export function keepFocusNear(): () => void {
  /** The control focused last, and the controls of its part of the page then (to find a neighbour once it is gone). */
  let last: HTMLElement | null = null;
  let remembered: HTMLElement[] = [];
  /** The control focused last outside a dialog: a closing dialog gives focus back near it. */
  let opener: HTMLElement | null = null;

  const onFocusIn = (event: FocusEvent) => {
    if (!(event.target instanceof HTMLElement)) return;
    last = event.target;
    // A grid keeps its own focus (recover leaves it alone): its hundreds of cells need no list.
    remembered = last.closest('[role="grid"]') ? [] : focusablesIn(last.parentElement?.closest(REGION) ?? document.body);
    if (!last.closest('[role="dialog"]')) opener = last;
  };
  const recover = () => {
    const active = document.activeElement;
    const dropped = active === null || active === document.body || (active === last && last !== null && !canHold(last));
    if (!dropped || !last || canHold(last)) return;
    // A grid puts focus back on its own cell when it redraws a row.
    if (last.closest('[role="grid"]')) return;
    // A dialog gone with the control in it: back to what opened it, or beside it if that is disabled now.
    const closedDialog = !last.isConnected && last.closest('[role="dialog"]') !== null;
    const target = closedDialog ? opener && (usable(opener) ? opener : replacementFor(opener, [])) : replacementFor(last, remembered);
    target?.focus({ preventScroll: false });
  };
  const observer = new MutationObserver(recover);
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['disabled', 'aria-disabled', 'tabindex'] });
  document.addEventListener('focusin', onFocusIn);
  return () => {
    observer.disconnect();
    document.removeEventListener('focusin', onFocusIn);
  };
}
