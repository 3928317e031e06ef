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
