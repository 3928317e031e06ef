import type { HqCommand } from '../../shared/contracts/hq-commands';
import { commandDefinition } from '../../shared/engine/command-registry';
import { userMessage } from '../../shared/platform/user-facing-error';
import type { StorageStatus } from '../../shared/db/storage-status';

/** The command as its failure names it ("… could not finish saving the number sequence"): each command says it (activity, in its file of commands/). */
export const activityOf = (command: HqCommand): string => commandDefinition(command.type).activityOf(command);

/** A command went through: if it wrote, the storage has room again (a cancel writes nothing; a job run says itself, executeRun). */
export function commandDone(storage: StorageStatus, command: HqCommand): void {
  if (commandDefinition(command.type).provesRoom) storage.noteRoom();
}

/** A command failed: what its sender reads, in words (a full disk says so, and what to do), the storage marked full if it was. */
export function commandFailed(storage: StorageStatus, command: HqCommand, error: unknown): string {
  storage.noteFailure(error);
  return userMessage(error, activityOf(command));
}
