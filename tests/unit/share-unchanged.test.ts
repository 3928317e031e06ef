import { describe, expect, it } from 'vitest';
import { shareUnchanged } from '../../renderer/components/share-unchanged';

const answer = (rows: { id: number; status: string }[], total = rows.length) => ({ rows: rows.map((r) => ({ ...r })), total });

describe('a live list shares what did not change', () => {
  it('answers the very same page when nothing changed, so the screen does not render again', () => {
    const first = answer([{ id: 1, status: 'None' }, { id: 2, status: 'None' }]);
    expect(shareUnchanged(first, answer([{ id: 1, status: 'None' }, { id: 2, status: 'None' }]))).toBe(first);
  });

  it('keeps the objects of unchanged rows and takes the changed ones', () => {
    const first = answer([{ id: 1, status: 'None' }, { id: 2, status: 'None' }]);
    const next = shareUnchanged(first, answer([{ id: 1, status: 'None' }, { id: 2, status: 'Succeeded' }]));
    expect(next).not.toBe(first);
    expect(next.rows[0]).toBe(first.rows[0]);
    expect(next.rows[1]).toEqual({ id: 2, status: 'Succeeded' });
  });

  it('is a new answer when only the total or the order changed', () => {
    const first = answer([{ id: 1, status: 'None' }, { id: 2, status: 'None' }]);
    expect(shareUnchanged(first, answer([{ id: 1, status: 'None' }, { id: 2, status: 'None' }], 3))).not.toBe(first);
    const swapped = shareUnchanged(first, answer([{ id: 2, status: 'None' }, { id: 1, status: 'None' }]));
    expect(swapped).not.toBe(first);
    expect(swapped.rows).toEqual([first.rows[1], first.rows[0]]);
  });
});
