import type { HqDatabase } from '../db/hq-database';
import type { ImportDeps } from '../db/workspace-registry';
import type { ImportLimits } from '../platform/import-limits';
import type { Resumables } from './resumables';
import type { ProgressListener, RunContext } from '../runner/run-progress';
// The services the engine hands a handler are named by type only (.dependency-cruiser.cjs): no code of theirs is imported here.
import type { HqReader } from '../pull/hq-read';
import type { PullStatus } from '../pull/pull-status';

/**
 * What a command's handler is given by the HQ engine (engine/hq-engine.ts): the database, the
 * clock, where to report progress, and its own cancel. It is a RunContext, so a handler passes it
 * on to its feature's work as it is.
 */
export interface CommandContext extends RunContext {
  readonly db: HqDatabase;
  readonly now: () => Date;
  readonly onProgress?: ProgressListener;
  /**
   * Aborted when a cancel names this command (by the cancelId its client chose, or by another name
   * it answers to), or when the window hands its work to another: a long command stops between items.
   */
  readonly signal: AbortSignal;
  /** Where imports create their workspaces; absent where importing is not available. */
  readonly workspaces?: ImportDeps;
  /** How a pull reads a real HQ's pages (through the page and its host, which hold the connection); absent where nothing can reach one. */
  readonly hqReader?: HqReader;
  /** Where a pull says how it is going beyond its counts: pages, the waits HQ asked for, pauses. */
  readonly onPullStatus?: (status: PullStatus) => void;
  /** The engine's work waiting for a person's word to go on (a paused pull), by the name each answers to. */
  readonly resumables: Resumables;
  /** The import's limits, where the engine was given others than the defaults (tests lower them). */
  readonly importLimits?: ImportLimits;
  /** How long a run may go without progress before its watchdog ends it (the watchdog's own limit unless given). */
  readonly stallLimitMs?: number;
  /** Lets a cancel reach this command by one more name as well (a run by its number, once it has one). */
  answerCancelAs(name: string): void;
  /** Aborts the command under way that answers to this name; nothing if none does (it has ended, or never began). */
  cancel(name: string): void;
  /**
   * Runs work after the work already in this line (the runs of one job), never beside it: work is
   * handed the promise of the one ahead, if any, and starts at once, so it can say it is waiting.
   */
  inLine<T>(line: string, work: (ahead: Promise<unknown> | undefined) => Promise<T>): Promise<T>;
}
