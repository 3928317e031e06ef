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

/** Where a read starts: after an anchor, or from it. */
export interface ReadFrom {
  anchor: PageAnchor;
  inclusive: boolean;
}

/**
 * Reads rows of a list in one direction (`descending`: newest first), from an anchor or from
 * the start, skipping some, and taking some.
 */
export type DirectedRead<Row> = (descending: boolean, from: ReadFrom | undefined, skip: number, take: number) => Promise<Row[]>;

/**
 * One page of a list of `total` rows, read from its neighbour when the list shows one (keyset:
 * from the row where the page on screen ends), from the end for the last page, and by offset only
 * for a jump, from whichever end is nearer.
 */
export async function pageByReads<Row>(read: DirectedRead<Row>, request: PageRequest, total: number): Promise<Row[]> {
  const { page, pageSize, descending, shown } = request;
  const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
  const wanted = Math.min(page, lastPage);
  const start = wanted * pageSize;
  const size = Math.max(0, Math.min(pageSize, total - start));
  if (size === 0) return [];
  // Forward is the order on screen; backward reads from the other end and turns the rows round.
  const backward = async (from: ReadFrom | undefined, skip: number) => (await read(!descending, from, skip, size)).reverse();
  if (shown && shown.page === wanted - 1) return read(descending, { anchor: shown.last, inclusive: false }, 0, size);
  if (shown && shown.page === wanted + 1) return backward({ anchor: shown.first, inclusive: false }, 0);
  if (shown && shown.page === wanted) return read(descending, { anchor: shown.first, inclusive: true }, 0, size);
  if (wanted === 0) return read(descending, undefined, 0, size);
  const fromEnd = total - start - size;
  if (fromEnd <= start) return backward(undefined, fromEnd);
  return read(descending, undefined, start, size);
}

/** One page of a list of `total` rows on an index: each read is at most a page of an index range. */
export function keysetPage<Row, Key, Insert>(source: PagedIndex<Row, Key, Insert>, request: PageRequest, total: number): Promise<Row[]> {
  return pageByReads((descending, from, skip, take) => walk(source, descending, from).offset(skip).limit(take).toArray(), request, total);
}

/** The index range in one direction, from an anchor (after it, or from it) or from the start. */
export function walk<Row, Key, Insert>(source: PagedIndex<Row, Key, Insert>, descending: boolean, from?: ReadFrom): Collection<Row, Key, Insert> {
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
