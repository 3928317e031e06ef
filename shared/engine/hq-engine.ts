import type { HqDatabase } from '../db/hq-database';
import type { ImportDeps } from '../db/workspace-registry';
import type { CommandContext } from '../command/command-context';
import type { ProgressListener } from '../runner/run-progress';
import { UserFacingError } from '../platform/user-facing-error';
import { PeopleWaiting } from '../runner/people-waiting';
import { Resumables } from '../command/resumables';
import type { ImportLimits } from '../platform/import-limits';
import type { HqReader } from '../pull/hq-read';
import type { PullStatus } from '../pull/pull-status';
import { commandDefinition, type HqCommand, type HqCommandResult } from './command-registry';

/**
 * The single writer of the HQ simulation: runs each command against the database. Runs of one
 * job never overlap: a run that arrives while another executes is recorded as Waiting and
 * starts when that one ends. Item-level work is atomic, so other commands interleave safely.
 */
export interface EngineOptions {
  /**
   * An imported workspace is an audit of a real HQ's data: what would write to a real HQ (jobs,
   * synchronization, its setup, the channel simulator) is refused; the Edit and audit trail stays.
   */
  readOnly?: boolean;
  /** Where imports create their workspaces; without it, importing is refused. */
  workspaces?: ImportDeps;
  /** How a pull reads HQ's pages (through the page and its host); without it, pulling is refused. */
  hqReader?: HqReader;
  /** How long a run may go without progress before its watchdog ends it (RUN_STALL_LIMIT_MS unless given). */
  stallLimitMs?: number;
  /** The import's limits (import-limits.ts' defaults unless given: tests lower them). */
  importLimits?: ImportLimits;
}

export class HqEngine {
  /** Every command under way that a cancel can reach, by the names it answers to (its cancelId, a run's number). */
  private readonly cancels = new Map<string, AbortController>();
  /** The last work in each line (the runs of one job): the next waits for it. */
  private readonly lines = new Map<string, Promise<unknown>>();
  /** A person's commands under way, which long work gives way to between its items. */
  private readonly people = new PeopleWaiting();
  /** Work paused until a person says to go on (a pull on a lost network), by the names it answers to. */
  private readonly resumables = new Resumables();

  constructor(
    private readonly db: HqDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly options: EngineOptions = {},
  ) {}

  /** Runs a command by its definition in the registry (engine/command-registry.ts) and answers with its result. */
  async execute<C extends HqCommand>(command: C, onProgress?: ProgressListener, onPullStatus?: (status: PullStatus) => void): Promise<HqCommandResult<C['type']>> {
    const definition = commandDefinition(command.type);
    if (this.options.readOnly && !definition.allowedInImportedWorkspace(command)) {
      throw new UserFacingError('This is an imported workspace, an audit of another headquarters\u2019 data: jobs, synchronization and setup are off here, because they would change what was exported. Switch to the demo headquarters to run them.');
    }
    const controller = new AbortController();
    const names: string[] = [];
    const answerCancelAs = (name: string) => {
      names.push(name);
      this.cancels.set(name, controller);
    };
    if ('cancelId' in command && command.cancelId) answerCancelAs(command.cancelId);
    // A person waits on anything but long work, for one item of the long work under way at most.
    const long = definition.long || ('cancelId' in command && Boolean(command.cancelId));
    const leave = long ? null : this.people.enter();
    const ctx: CommandContext = {
      db: this.db, now: this.now, onProgress, signal: controller.signal, workspaces: this.options.workspaces, stallLimitMs: this.options.stallLimitMs,
      importLimits: this.options.importLimits, people: long ? this.people : undefined, hqReader: this.options.hqReader, onPullStatus, resumables: this.resumables,
      answerCancelAs,
      cancel: (name) => this.cancels.get(name)?.abort(),
      inLine: (line, work) => this.inLine(line, work),
    };
    try {
      // Called before any await: a command that claims a place in line does so in the order commands arrive.
      return (await definition.handle(command, ctx)) as HqCommandResult<C['type']>;
    } finally {
      leave?.();
      for (const name of names) if (this.cancels.get(name) === controller) this.cancels.delete(name);
    }
  }

  /**
   * Cancels every run, Synchronize all, import and Find for deleted under way or waiting, as their
   * Cancel buttons would: each stops between items, keeps what it did, and ends Canceled. For a
   * window handing its work to another; the commands themselves still end, and their callers hear how.
   */
  cancelAll(): void {
    for (const controller of this.cancels.values()) controller.abort();
  }

  private async inLine<T>(line: string, work: (ahead: Promise<unknown> | undefined) => Promise<T>): Promise<T> {
    const mine = work(this.lines.get(line));
    this.lines.set(line, mine);
    try {
      return await mine;
    } finally {
      if (this.lines.get(line) === mine) this.lines.delete(line);
    }
  }
}
