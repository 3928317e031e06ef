import type { CommandContext } from '../command/command-context';
import type { JobRequest } from '../runner/jobs';
import { runDownloadJob } from '../channel/download/download-job';
import type { JobOutcome } from '../runner/run-outcome';
import type { RunContext } from '../runner/run-progress';
import { scopeLabel } from '../configuration/scope';
import { scopeLabels } from '../configuration/scope-labels';
import { runSynchronizeOrdersJob } from '../orders/synchronize/synchronize-orders-job';
import { uploadChannelTransactions } from '../channel/upload/upload-channel-transactions';
import { runSynchronizeCustomersJob } from '../customers/synchronize/synchronize-customers-job';
import { runIntegrationSynchronizationJob } from '../coupled-records/integration-synchronization-job';
import { describeCoupledRecords, runCoupledRecordsJob } from '../coupled-records/coupled-records-job';
import { coupledRecordsRequest } from '../coupled-records/coupled-records-request';
import { describeRefreshJob, runRefreshFromHqJob } from '../pull/refresh-from-hq-job';

/** How a run's scope reads in the history. */
export async function describeJobRequest(ctx: CommandContext, job: JobRequest): Promise<string> {
  const { db } = ctx;
  if ('scope' in job) return scopeLabel(db, job.scope);
  if ('channelDatabaseGroupIds' in job) {
    if (!job.channelDatabaseGroupIds) return scopeLabels.allGroups();
    const names = await db.channelDatabaseGroups.bulkGet(job.channelDatabaseGroupIds);
    return scopeLabels.groups(names.map((g, i) => g?.name ?? job.channelDatabaseGroupIds![i]).join(', '));
  }
  if ('records' in job && job.records) return describeCoupledRecords(coupledRecordsRequest(job.records));
  if ('workspaceId' in job) return describeRefreshJob(ctx.workspaces?.registry, job.workspaceId);
  return scopeLabels.headquarters();
}

/** The body of each job; `services` is the runJob command's context, for what a job needs beside the database. */
export function jobBody(services: CommandContext, job: JobRequest, runId: number): (ctx: RunContext) => Promise<JobOutcome> {
  const { db } = services;
  switch (job.jobId) {
    case 'P-0001':
      return (ctx) => uploadChannelTransactions(db, job.channelDatabaseGroupIds, runId, ctx);
    case '1010':
    case '1070':
    case '1110':
      return (ctx) => runDownloadJob(db, job.jobId, job.channelDatabaseGroupIds, ctx);
    case 'synchronize-orders':
      return (ctx) => runSynchronizeOrdersJob(db, job.scope, ctx, runId);
    case 'synchronize-customers':
      return (ctx) => runSynchronizeCustomersJob(db, ctx);
    case 'integration-synchronization': {
      const { records } = job;
      return records ? (ctx) => runCoupledRecordsJob(db, coupledRecordsRequest(records), ctx, runId) : (ctx) => runIntegrationSynchronizationJob(db, ctx, runId);
    }
    case 'refresh-from-hq':
      return (ctx) => runRefreshFromHqJob(services, job.workspaceId, ctx);
  }
}
