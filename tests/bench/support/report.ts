import type { PageQueries } from '../page/bench-api';
import type { Figure } from './scenarios';
import type { FirstScreenFigures } from './first-screen';

const rate = (rows: number, ms: number) => Math.round((rows / ms) * 1000);
const grouped = (n: number) => n.toLocaleString('en-US');

/** Right-aligned columns under a header, so the table reads in a terminal and pastes into an issue. */
function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function figuresTable(figures: readonly Figure[]): string {
  const header = ['scenario', 'transactions', 'rows', 'engine s', 'engine rows/s', 'raw rows/s', 'engine / raw', 'worker heap MB before → live peak (peak) → after'];
  const rows = figures.map((f) => [
    f.scenario, grouped(f.transactions), grouped(f.raw.rows), (f.engine.ms / 1000).toFixed(1), grouped(rate(f.raw.rows, f.engine.ms)),
    grouped(rate(f.raw.rows, f.raw.ms)), `${((f.raw.ms / f.engine.ms) * 100).toFixed(0)}%`, `${f.heap.beforeMb} → ${f.heap.livePeakMb} (${f.heap.peakMb}) → ${f.heap.afterMb}`,
  ]);
  const rowsWere = figures.map((f) => `  ${f.scenario}: ${Object.entries(f.raw.tables).map(([t, n]) => `${t} ${grouped(n)}`).join(', ')}; the engine also writes ${f.alsoWrites}`);
  return [
    table(header, rows), '',
    'rows: the rows the engine wrote, read back and bulkPut 2,000 per transaction into a plain Dexie database (strict durability, tables declared like the app\'s;',
    'rows the engine updated rather than added are timed as overwrites of the same rows, as the engine\'s are);',
    'engine rows/s counts the same rows over the engine\'s time, from the command sent to its answer:',
    ...rowsWere,
    'worker heap: the HQ worker\'s V8 heap over the DevTools protocol, before and after a forced garbage collection; live peak: the most it held',
    'after the garbage collections forced every 5 s while the work ran; (peak): the most sampled every 200 ms, garbage not yet collected included.',
  ].join('\n');
}

export function pagesTable(queries: PageQueries): string {
  const header = ['list', 'filter', 'rows', 'slowest first read ms', 'slowest median ms'];
  const rows = queries.cases.map((c) => [c.list, c.filter, grouped(c.total), c.worstFirstMs.toFixed(1), c.worstMedianMs.toFixed(1)]);
  return `${table(header, rows)}\n  (${queries.pageSize} a page; each: the first, middle and last page, newest and oldest first; the middle page read from the page before it, as Next does)`;
}

export function firstScreenText(f: FirstScreenFigures): string {
  return [
    `The app (browser host build) on its demo workspace with ${grouped(f.transactions)} online store transactions:`,
    `  first screen, navigation to the first grid row: ${grouped(f.coldGridMs)} ms cold, ${grouped(f.warmGridMs)} ms warm (goal: 1,000 ms warm)`,
    `  main-thread long tasks while loading: ${f.loadLongTasks.count}, the longest ${f.loadLongTasks.maxMs} ms (goal: none over 200 ms)`,
    `  while Synchronize orders made ${grouped(f.ordersSynchronized)} orders (${(f.syncMs / 1000).toFixed(0)} s) with Online store transactions on screen: ${f.syncLongTasks.count} long tasks, the longest ${f.syncLongTasks.maxMs} ms (goal: none over 50 ms)`,
    `  the page's JS heap: ${f.heapMb} MB with the grid on screen (after a collection), at most ${f.syncHeapPeakMb} MB sampled during the sync (goal: 200 MB)`,
  ].join('\n');
}
