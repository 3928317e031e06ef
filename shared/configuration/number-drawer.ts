import type { HqDatabase } from '../db/hq-database';
import type { NumberSequence } from './configuration';
import { formatSequenceNumber } from './number-sequence-rules';

/**
 * A chunk's numbers of one sequence, drawn one by one and written back once: the sequence is
 * read and written once per chunk, not once per record.
 */
export class NumberDrawer {
  private next: number;

  constructor(private readonly sequence: NumberSequence | undefined) {
    this.next = sequence?.next ?? 0;
  }

  /** The next number, or null once the sequence is used up (or missing): the records beyond its limit fail, the ones before do not. */
  draw(): string | null {
    if (!this.sequence || this.next > this.sequence.largest) return null;
    return formatSequenceNumber(this.sequence, this.next++);
  }

  /** Whether the sequence is known and has no number left: an order failing for other causes would fail for this one too. */
  get usedUp(): boolean {
    return this.sequence !== undefined && this.next > this.sequence.largest;
  }

  /** Call in the transaction that read the sequence: the row is put whole (one request, where an update reads it again first). */
  async write(db: HqDatabase): Promise<void> {
    if (this.sequence && this.next !== this.sequence.next) await db.numberSequences.put({ ...this.sequence, next: this.next });
  }
}
