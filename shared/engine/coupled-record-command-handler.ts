import type { HqDatabase } from '../db/hq-database';
import type { CommandOutcome, HqCommand } from '../contracts/hq-commands';
import type { RunCounts } from '../domain/job-runs';
import {
  deleteCoupledRecords, deleteSynchJobErrors, findCouplingsForDeleted, removeCouplings, restoreCoupledRecords, retryAllCouplings,
  retryCouplings, setUpCoupling, synchronizeCouplings,
} from './coupled-actions';
import { simulateCoupledChange, updateIntegrationTableMapping } from './crm-simulator';
import type { ProgressListener } from './run-progress';
import { UserFacingError, isAbort } from './user-facing-error';

type CoupledCommand = Extract<HqCommand, { type:
  | 'retryCouplings' | 'retryAllCouplings' | 'synchronizeCouplings' | 'removeCouplings' | 'restoreCoupledRecords' | 'deleteCoupledRecords'
  | 'setUpCoupling' | 'findCouplingsForDeleted' | 'cancelFindCouplingsForDeleted' | 'deleteSynchJobErrors' | 'simulateCoupledChange'
  | 'updateIntegrationTableMapping' }>;

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
      case 'synchronizeCouplings':
        return counted(await synchronizeCouplings(db, command.couplingIds, command.choice, now));
      case 'removeCouplings':
        return counted(await removeCouplings(db, command.couplingIds, now));
      case 'restoreCoupledRecords':
        return counted(await restoreCoupledRecords(db, command.couplingIds, now));
      case 'deleteCoupledRecords':
        return counted(await deleteCoupledRecords(db, command.couplingIds, now));
      case 'setUpCoupling':
        return counted(await setUpCoupling(db, command.integrationId, command.crmId, command.direction, now));
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
