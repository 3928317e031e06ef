/**
 * The times of a batch the channel simulator records at `now`: rising with the records' numbers,
 * after the channel's last record (`after`), and ending at now, not after it. A channel records
 * what has happened; a time ahead of HQ's clock would show in the lists and the Store financials
 * chart as something yet to come. A batch is spaced `gap` apart (a second between two sales, a
 * millisecond between two customer operations) when there is room since the last record, closer
 * when there is not, down to `minGap` (0: the same second, the records' keys order the ties).
 * Only when the last record is itself later than now (or there is no room even at `minGap`) does
 * the batch go on from it.
 */
export function batchTimes(count: number, now: number, after: number, gap: number, minGap: number): (index: number) => number {
  const step = count > 1 ? Math.max(minGap, Math.min(gap, Math.floor((now - after) / (count - 1)))) : gap;
  const start = Math.max(after, now - step * (count - 1));
  return (index) => start + index * step;
}
