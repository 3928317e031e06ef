/** Rows read per second since the import started; 0 until time has passed, so the first update does not divide by zero. */
export function rowsPerSecond(rowsRead: number, elapsedMs: number): number {
  return elapsedMs > 0 ? (rowsRead * 1000) / elapsedMs : 0;
}
