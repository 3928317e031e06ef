import type { PeopleWaiting } from './people-waiting';

export interface ChunkPaceLimits {
  /**
   * The first chunk's size, before any has been timed: small, since on a large database a chunk of
   * `most` can hold the database for longer than a person should wait; the next grow from there.
   */
  first: number;
  /** The most items a chunk takes (what shares a transaction's fixed cost best on a quiet machine). */
  most: number;
  /** The fewest items a chunk takes, however slow the machine. */
  fewest: number;
  /** How long one chunk should hold the database: a person's command waits for the chunk under way. */
  targetMs: number;
  /** The most items a chunk takes while a person works beside the job (a command in the last `recentMs`). */
  whilePeopleWork: number;
  recentMs: number;
}

/**
 * How many items a job's next chunk takes: as many as fit in `targetMs` at the rate the last chunks
 * went, between `fewest` and `most`, and no more than `whilePeopleWork` while a person works beside
 * the job. On a quiet machine chunks grow to `most` within a few; when the machine is busy (other programs, a
 * slower disk), they shrink, so a person's click never waits behind a chunk of several seconds.
 */
export class ChunkPace {
  private size: number;

  constructor(private readonly limits: ChunkPaceLimits, private readonly people?: PeopleWaiting) {
    this.size = limits.first;
  }

  next(): number {
    const { whilePeopleWork, recentMs } = this.limits;
    return this.people?.recently(recentMs) ? Math.min(this.size, whilePeopleWork) : this.size;
  }

  /** A chunk of `items` took `ms`: the next one is sized from it, half-way from the size before (one slow chunk does not halve the next). */
  took(items: number, ms: number): void {
    const { most, fewest, targetMs } = this.limits;
    if (items <= 0) return;
    const clamp = (n: number) => Math.min(most, Math.max(fewest, n));
    const fits = clamp(ms > 0 ? (items * targetMs) / ms : most);
    const halfway = Math.sqrt(this.size * fits);
    this.size = clamp(fits > this.size ? Math.ceil(halfway) : Math.floor(halfway));
  }
}
