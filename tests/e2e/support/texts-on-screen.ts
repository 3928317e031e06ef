import type { Page } from 'playwright-core';
import { en, type Translation } from '../../../renderer/i18n/en';

/** Every key path of a catalog with its text: `transactions.types.Sales` → "Sales". */
function entries(resource: object, prefix = ''): [string, string][] {
  return Object.entries(resource).flatMap(([key, value]): [string, string][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    return typeof value === 'object' && value !== null ? entries(value as object, path) : [[path, String(value)]];
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The English texts of the catalog that the other language says differently, as patterns a whole
 * text on screen would match ("{{count}} selected" matches "3 selected"). Left out: a text the other
 * language also uses (Sync Console, P-0001, Status, and Norwegian's Import), and a pattern with
 * fewer than two English words of its own ("Store {{name}}" would match a group named "Store
 * channels", which is HQ's data).
 */
export function englishPatterns(translation: Translation): { key: string; pattern: RegExp }[] {
  const ownTexts = new Set(entries(translation).map(([, text]) => text));
  return entries(en).flatMap(([key, text]) => {
    if (ownTexts.has(text)) return [];
    const parts = text.split(/\{\{\s*\w+\s*\}\}/);
    if (parts.length > 1 && (parts.join(' ').match(/[A-Za-z]{3,}/g) ?? []).length < 2) return [];
    return [{ key, pattern: new RegExp(`^${parts.map(escape).join('.+?')}$`) }];
  });
}

/** A catalog key shown as it is (`accountStructures.purposes.check`): a text the catalog does not have. */
const RAW_KEY = /^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9_-]+)+$/;

export interface ScreenTexts {
  /** Each text on screen: a text node's words, or what a control is named by (aria-label, title, placeholder). */
  texts: string[];
  /** The labels cut short: a column header, button, tab, chip, field label or chosen value that does not fit. */
  truncated: string[];
}

/**
 * What the page shows now, a grid's cells too: an enum, a status or a field's name in a cell is a
 * label. HQ's own values there (an item id, a customer's or a store's name) are data and stay as
 * stored, but they are not the catalog's English, so they pass; what a person typed into a field
 * (an input's value) is not read at all. Only labels are checked for truncation: a cell cut
 * short is a long value in a narrow column (a store's name), not a label.
 */
export async function screenTexts(page: Page): Promise<ScreenTexts> {
  return page.evaluate(() => {
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    const isValue = (element: Element) => element.closest('[role="gridcell"]') !== null && element.closest('.MuiChip-root') === null;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.replace(/\s+/g, ' ').trim();
      if (!text || !parent || parent.closest('script, style, [aria-hidden="true"]') || !visible(parent)) continue;
      texts.push(text);
    }
    for (const element of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (!visible(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    // MUI cuts a label short with an ellipsis; a button or tab whose text does not fit overflows it.
    const truncated: string[] = [];
    for (const element of document.querySelectorAll('body *')) {
      if (!visible(element) || isValue(element) || !element.textContent?.trim()) continue;
      const style = getComputedStyle(element);
      const cut = style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1;
      const overflows = element.matches('button, [role="tab"], a.MuiButton-root') && element.scrollWidth > element.clientWidth + 1;
      if (cut || overflows) truncated.push(`${element.textContent.trim()} (+${element.scrollWidth - element.clientWidth}px of ${element.clientWidth})`);
    }
    return { texts, truncated };
  });
}

/** The texts on screen still in English, and the catalog keys shown raw. */
export function untranslated(texts: string[], patterns: { key: string; pattern: RegExp }[]): string[] {
  return [...new Set(texts)].flatMap((text) => {
    if (RAW_KEY.test(text)) return [`raw key: ${text}`];
    const found = patterns.find(({ pattern }) => pattern.test(text));
    return found ? [`English (${found.key}): ${text}`] : [];
  });
}
