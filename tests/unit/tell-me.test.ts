import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { SCREENS } from '../../renderer/app/screens';
import { searchTellMe, tellMeEntries, type TellMeEntry } from '../../renderer/app/tell-me-catalog';

/** The English text of an i18n key, as i18next resolves it (nested objects, dotted keys). */
const text = (key: string): string => {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
  if (typeof value !== 'string') throw new Error(`No English text for ${key}`);
  return value;
};
const entries = tellMeEntries();
const find = (query: string) => searchTellMe(entries, query, (e: TellMeEntry) => text(e.labelKey)).map((e) => `${e.kind}:${text(e.labelKey)}`);

describe('Tell me', () => {
  it('lists every screen as a page, and every entry has an English name', () => {
    expect(entries.filter((e) => e.kind === 'page').map((e) => e.screen).sort()).toEqual([...SCREENS].sort());
    for (const entry of entries) expect(text(entry.labelKey).length).toBeGreaterThan(0);
  });

  it('finds pages and actions by their names or the start of their words', () => {
    expect(find('coupled')[0]).toBe('page:Coupled data synchronization errors');
    expect(find('coupled')).toContain('page:Coupled customers');
    expect(find('number seq')).toEqual(['page:Number sequences', 'action:Raise number sequence largest value']);
    expect(find('synchronize order')[0]).toBe('action:Synchronize order');
    expect(find('synchronize order')).toContain('action:Synchronize orders');
    expect(find('restore')).toEqual(['action:Restore records']);
    // By a keyword beyond its name.
    expect(find('merge data')).toEqual(['action:Synchronize coupled record']);
    expect(find('zzz')).toEqual([]);
    expect(find('  ')).toEqual([]);
  });
});
