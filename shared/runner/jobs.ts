import type { CouplingsRequest } from './runner-schemas';
/** A node of the organization hierarchy a job is scoped to. */
export type OrgScope = { kind: 'all' } | { kind: 'region'; id: string } | { kind: 'store'; id: string };

/**
 * The headquarters jobs. Distribution-schedule jobs move data between HQ and the channel
 * databases of their channel database groups; batch jobs work inside HQ.
 */
export const JOBS = {
  'P-0001': { name: 'P-0001 Channel transactions', kind: 'distribution' },
  '1010': { name: '1010 Customers', kind: 'distribution' },
  '1070': { name: '1070 Channel configuration', kind: 'distribution' },
  '1110': { name: '1110 Global configuration', kind: 'distribution' },
  'synchronize-orders': { name: 'Synchronize orders', kind: 'batch' },
  'synchronize-customers': { name: 'Synchronize customers and channel requests', kind: 'batch' },
  'integration-synchronization': { name: 'Integration synchronization', kind: 'batch' },
  /** Reads a real HQ's changes into a pulled workspace: it writes nothing to any HQ, so it runs whichever workspace is open. */
  'refresh-from-hq': { name: 'Refresh from HQ', kind: 'batch', inImportedWorkspace: true },
} as const satisfies Record<string, { name: string; kind: 'distribution' | 'batch'; inImportedWorkspace?: true }>;

export type JobId = keyof typeof JOBS;
export const JOB_IDS = Object.keys(JOBS) as JobId[];
export type DownloadJobId = '1010' | '1070' | '1110';

/** Whether a job may run while an imported (or pulled) workspace is open: only what writes to no HQ. */
export const runsInImportedWorkspace = (jobId: JobId): boolean => 'inImportedWorkspace' in JOBS[jobId];

/** What one run of a job is asked to do. */
export type JobRequest =
  | { jobId: 'P-0001'; channelDatabaseGroupIds: string[] | null }
  | { jobId: DownloadJobId; channelDatabaseGroupIds: string[] | null }
  | { jobId: 'synchronize-orders'; scope: OrgScope }
  | { jobId: 'synchronize-customers' }
  /** With records: only those couplings, as a person asked (Synchronize, Restore records); without: every coupling not skipped. */
  | { jobId: 'integration-synchronization'; records?: CouplingsRequest }
  /** A pulled workspace brought up to date with what its HQ changed since (pull/refresh-from-hq-job.ts). */
  | { jobId: 'refresh-from-hq'; workspaceId: string };
