import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const renderer = path.resolve(import.meta.dirname, '../../renderer');
const sources = (readdirSync(renderer, { recursive: true }) as string[]).filter((f) => f.endsWith('.tsx'));

describe('the Data Grid in the user’s language', () => {
  // A localeText prop replaces the theme's whole set of grid texts (pagination, column menu, …):
  // one written in place leaves the grid's footer in English in Norwegian and Swedish.
  it('takes every grid\'s own texts through useGridLocaleText, never a localeText object written in place', () => {
    const inPlace = sources.filter((file) => /localeText=\{\{/.test(readFileSync(path.join(renderer, file), 'utf8')));
    expect(sources.length).toBeGreaterThan(20);
    expect(inPlace).toEqual([]);
  });
});
