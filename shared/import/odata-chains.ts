/**
 * Whether the OData pages given are all of their sets. HQ pages a set (10,000 rows a page at most):
 * each page but the last carries "@odata.nextLink", the request for the page after it; the last
 * carries none. A page does not say its own address, so a page is known by the link that leads
 * to it only where the link says where it starts: "$skip=20000" or "$skiptoken=20000" (what HQ
 * writes), a page with n rows linking to 20000 then starting at row 20000 - n. With such links a
 * missing page is named by the link that leads to it, the first page and the last too; the page
 * just before the last can be missed only when nothing counts the rows. With opaque tokens, only
 * a missing last page is found; "@odata.count", when the pages carry it, finds any.
 */
export interface PageEnvelope {
  file: string;
  set: string | null;
  nextLink: string | null;
  rows: number;
  count: number | null;
  /** A digest of the file's bytes: the same page given twice is read once. */
  digest: string;
}

export interface ChainCheck {
  /** Each missing page, named, in words. */
  missing: string[];
  /** A file that is the same page as one before it → that one. */
  duplicateOf: Map<string, string>;
}

/** Where a link says its page starts, when it says so in a number. */
function linkStart(link: string): number | null {
  const query = link.includes('?') ? link.slice(link.indexOf('?') + 1) : link;
  for (const part of query.split('&')) {
    const [name, value] = part.split('=');
    const decoded = (s: string | undefined) => { try { return decodeURIComponent(s ?? ''); } catch { return s ?? ''; } };
    if (/^\$skip(token)?$/i.test(decoded(name)) && /^\d+$/.test(decoded(value).replace(/^'|'$/g, ''))) return Number(decoded(value).replace(/^'|'$/g, ''));
  }
  return null;
}

function checkSet(set: string, pages: readonly PageEnvelope[]): string[] {
  const missing: string[] = [];
  const linked = pages.filter((p) => p.nextLink !== null);
  const lasts = pages.length - linked.length;
  const starts = linked.map((p) => ({ page: p, link: p.nextLink!, next: linkStart(p.nextLink!) }));
  if (linked.length > 0 && starts.every((s) => s.next !== null)) {
    const present = new Set(starts.map((s) => s.next! - s.page.rows));
    const expected = [...new Set([0, ...starts.map((s) => s.next!)])].sort((a, b) => a - b);
    const last = expected[expected.length - 1]!;
    for (const start of expected) {
      if (present.has(start) || (start === last && lasts > 0)) continue;
      const from = starts.find((s) => s.next === start);
      missing.push(start === 0
        ? `${set}: its first page is missing (no page given starts at row 1)`
        : `${set}: the page ${from!.link} is missing (the page after ${from!.page.file}, from row ${start + 1})`);
    }
  } else if (linked.length > 0 && lasts === 0) {
    missing.push(`${set}: its last page is missing (each of its ${pages.length} page(s) given has an @odata.nextLink: ${linked.map((p) => p.file).join(', ')})`);
  }
  const count = pages.find((p) => p.count !== null)?.count ?? null;
  const rows = pages.reduce((sum, p) => sum + p.rows, 0);
  if (count !== null && rows < count && missing.length === 0) {
    missing.push(`${set}: ${count - rows} of the ${count} rows its @odata.count announces are in pages not given`);
  }
  return missing;
}

/** The gaps of every set's chain, and the pages given twice. */
export function checkChains(pages: readonly PageEnvelope[]): ChainCheck {
  const duplicateOf = new Map<string, string>();
  const first = new Map<string, string>();
  const bySet = new Map<string, { set: string; pages: PageEnvelope[] }>();
  for (const page of pages) {
    const earlier = first.get(page.digest);
    if (earlier !== undefined) {
      duplicateOf.set(page.file, earlier);
      continue;
    }
    first.set(page.digest, page.file);
    if (page.set === null) continue;
    const group = bySet.get(page.set.toLowerCase()) ?? { set: page.set, pages: [] };
    group.pages.push(page);
    bySet.set(page.set.toLowerCase(), group);
  }
  return { missing: [...bySet.values()].flatMap((g) => checkSet(g.set, g.pages)), duplicateOf };
}
