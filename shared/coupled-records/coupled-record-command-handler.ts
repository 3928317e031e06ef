import type { HqDatabase } from '../db/hq-database';
import type { z } from 'zod';
import type { coupledRecordCommands } from './coupled-record-commands';
import type { RunCounts } from '../runner/job-runs';
import {
  deleteCoupledRecords, deleteSynchJobErrors, findCouplingsForDeleted, removeCouplings, retryAllCouplings, retryCouplings, setUpCoupling,
} from './coupled-actions';
import { simulateCoupledChange, updateIntegrationTableMapping } from './crm-simulator';
import type { ProgressListener } from '../runner/run-progress';
import { UserFacingError, isAbort } from '../platform/user-facing-error';
import type { CommandOutcome } from '../runner/run-outcome';

/** One of the coupled-records commands (coupled-record-commands.ts). */
type CoupledCommand = z.infer<(typeof coupledRecordCommands)[number]>;

const counted = (counts: RunCounts): CommandOutcome => ({ runId: null, status: null, counts, error: null });
const done = (n: number) => counted({ processed: n, succeeded: n, failed: 0, skipped: 0 });

/** Runs the coupled-records commands for the HQ engine; Find for deleted runs under its id so it can be canceled. */
export class CoupledRecordCommands {
  private readonly finds = new Map<string, AbortController>();

  constructor(private readonly db: HqDatabase, private readonly now: () => Date) {}

  async execute(command: CoupledCommand, onProgress?: ProgressListener): Promise<CommandOutcome> {
    const { db, now } = this;
    switch (command.type) {
      case 'retryCouplings':
        return counted(await retryCouplings(db, command.couplingIds));
      case 'retryAllCouplings':
        return counted(await retryAllCouplings(db));
      case 'removeCouplings':
        return counted(await removeCouplings(db, command.couplingIds, command.user, now));
      case 'deleteCoupledRecords':
        return counted(await deleteCoupledRecords(db, command.couplingIds, command.user, now));
      case 'setUpCoupling':
        return counted(await setUpCoupling(db, command.integrationId, command.crmId, command.syncAction, command.user, now));
      case 'findCouplingsForDeleted':
        return this.findForDeleted(command.requestId, onProgress);
      case 'cancelFindCouplingsForDeleted':
        this.finds.get(command.requestId)?.abort();
        return done(0);
      case 'deleteSynchJobErrors':
        return done(await deleteSynchJobErrors(db, command.olderThanDays, now()));
      case 'simulateCoupledChange':
        await simulateCoupledChange(db, command.integrationId, command.change, now());
        return done(1);
      case 'updateIntegrationTableMapping':
        await updateIntegrationTableMapping(db, command.mapping);
        return done(1);
    }
  }

  private async findForDeleted(requestId: string, onProgress?: ProgressListener): Promise<CommandOutcome> {
    const controller = new AbortController();
    this.finds.set(requestId, controller);
    try {
      return counted(await findCouplingsForDeleted(this.db, { now: this.now, onProgress, signal: controller.signal }));
    } catch (error) {
      if (controller.signal.aborted && isAbort(error)) throw new UserFacingError('Find for deleted was canceled: the couplings it had already checked keep what it found.');
      throw error;
    } finally {
      this.finds.delete(requestId);
    }
  }
}
