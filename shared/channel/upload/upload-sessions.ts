export type UploadSessionStatus = 'Available' | 'Applied' | 'Apply failed' | 'Canceled';

/** One channel database's package of new transactions for one P-0001 run, applied to HQ. */
export interface UploadSession {
  id?: number;
  runId: number;
  channelDatabaseId: string;
  /** The replication counter range the package covers. */
  fromSeq: number;
  toSeq: number;
  rowCount: number;
  /** Rows set aside because they failed validation (see UploadSetAside); the rest of the session was applied. */
  setAside: number;
  status: UploadSessionStatus;
  tryCount: number;
  maxTries: number;
  createdAt: string;
  appliedAt: string | null;
  error: string | null;
  /** A canceled session's range is packaged again by the next run, so canceling never loses data. */
  requeued: boolean;
}

export const DEFAULT_MAX_TRIES = 3;

/** A row P-0001 could not accept: kept with its reason and the row as the channel sent it, so nothing is lost. */
export interface UploadSetAside {
  id?: number;
  sessionId: number;
  channelDatabaseId: string;
  /** The row's replication counter in its channel database. */
  seq: number;
  /** What the row is, as people name it: "Transaction FAB/W/000123" or "Customer operation OP-C0003". */
  record: string;
  /** Every problem, one per line, naming the table, the line and the field. */
  reason: string;
  /** The row as the channel sent it (JSON, cut at 20,000 characters). */
  original: string;
  setAsideAt: string;
}
