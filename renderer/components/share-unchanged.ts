/**
 * The next answer of a live list, sharing what has not changed with the one before it: the same
 * row objects for rows whose content is the same, and the very same answer when nothing changed.
 * A live query answers with fresh copies after every write anywhere in its tables (during a sync,
 * several times a second); the grid re-renders only the rows that really changed, and not at all
 * when none did.
 */
export function shareUnchanged<Row, Answer extends { rows: Row[] }>(previous: Answer | undefined, next: Answer): Answer {
  if (!previous) return next;
  const before = new Map(previous.rows.map((row) => [JSON.stringify(row), row]));
  let same = previous.rows.length === next.rows.length;
  const rows = next.rows.map((row, i) => {
    const kept = before.get(JSON.stringify(row));
    if (kept === undefined || kept !== previous.rows[i]) same = false;
    return kept ?? row;
  });
  // Everything else the answer says (its total, its page) too.
  if (same && JSON.stringify({ ...previous, rows: null }) === JSON.stringify({ ...next, rows: null })) return previous;
  return { ...next, rows };
}
