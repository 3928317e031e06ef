import { cmp, Dexie, type Collection, type IndexableType, type WhereClause } from 'dexie';

/** Where a row stands in a list: the value it is sorted by, then its primary key (which orders ties in an index). */
export interface PageAnchor {
  sort: IndexableType;
  key: IndexableType;
}

/** The page a list asks for, and the page it shows now (its first and last rows), to page on from. */
export interface PageRequest {
  page: number;
  pageSize: number;
  /** Newest first (the lists' default) or oldest first. */
  descending: boolean;
  shown?: { page: number; first: PageAnchor; last: PageAnchor } | null;
}

/**
 * An index a list pages through: rows with the prefix's values, in the order of the value after
 * it. Compound indexes are [...prefix, sort]; with no prefix the index is the sort value alone.
 */
export interface PagedIndex<Row, Key = IndexableType, Insert = Row> {
  /** The table, of which a page needs only its indexes. */
  table: { where(index: string): WhereClause<Row, Key, Insert> };
  index: string;
  prefix: IndexableType[];
  anchorOf: (row: Row) => PageAnchor;
}

const position = (a: PageAnchor, b: PageAnchor) => cmp(a.sort, b.sort) || cmp(a.key, b.key);

/**
 * One page of a list of `total` rows, read from its neighbour when the list shows one (keyset:
 * from the row where the page on screen ends), from the end for the last page, and by offset only
 * for a jump, from whichever end is nearer. Each read is at most a page of an index range.
 */
export async function keysetPage<Row, Key, Insert>(source: PagedIndex<Row, Key, Insert>, request: PageRequest, total: number): Promise<Row[]> {
  const { page, pageSize, descending, shown } = request;
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
  const wanted = Math.min(page, lastPage);
  const start = wanted * pageSize;
  const size = Math.max(0, Math.min(pageSize, total - start));
  if (size === 0) return [];
  // Forward is the order on screen; backward reads from the other end and turns the rows round.
  const forward = (from?: { anchor: PageAnchor; inclusive: boolean }) => walk(source, descending, from);
  const backward = (from?: { anchor: PageAnchor; inclusive: boolean }) => walk(source, !descending, from);
  if (shown && shown.page === wanted - 1) return forward({ anchor: shown.last, inclusive: false }).limit(size).toArray();
  if (shown && shown.page === wanted + 1) return (await backward({ anchor: shown.first, inclusive: false }).limit(size).toArray()).reverse();
  if (shown && shown.page === wanted) return forward({ anchor: shown.first, inclusive: true }).limit(size).toArray();
  if (wanted === 0) return forward().limit(size).toArray();
  const fromEnd = total - start - size;
  if (fromEnd <= start) return (await backward().offset(fromEnd).limit(size).toArray()).reverse();
  return forward().offset(start).limit(size).toArray();
}

/** The index range in one direction, from an anchor (after it, or from it) or from the start. */
function walk<Row, Key, Insert>(source: PagedIndex<Row, Key, Insert>, descending: boolean, from?: { anchor: PageAnchor; inclusive: boolean }): Collection<Row, Key, Insert> {
  const { prefix } = source;
  const keyOf = (sort: IndexableType) => (prefix.length ? [...prefix, sort] : sort);
  const clause = source.table.where(source.index);
  const low = descending || !from ? keyOf(Dexie.minKey) : keyOf(from.anchor.sort);
  const high = !descending || !from ? keyOf(Dexie.maxKey) : keyOf(from.anchor.sort);
  const range = clause.between(low, high, true, true);
  const ordered = descending ? range.reverse() : range;
  if (!from) return ordered;
  // Rows sharing the anchor's sort value come in primary key order: skip those before it.
  return ordered.filter((row) => {
    const side = position(source.anchorOf(row), from.anchor) * (descending ? -1 : 1);
    return from.inclusive ? side >= 0 : side > 0;
  });
}

/** The first and last rows of a page as anchors, for the next request's `shown`. */
export function shownPage<Row>(page: number, rows: readonly Row[], anchorOf: (row: Row) => PageAnchor): PageRequest['shown'] {
  const first = rows[0];
  const last = rows[rows.length - 1];
  return first && last ? { page, first: anchorOf(first), last: anchorOf(last) } : null;
}
