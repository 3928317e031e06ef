import type { z } from 'zod';
import type { CommandDefinition } from '../command/define-command';
import { runJobCommand } from './commands/run-job';
import { cancelCommand } from './commands/cancel';
import { synchronizeOrdersCommand } from '../orders/commands/synchronize-orders';
import { synchronizeMatchingOrdersCommand } from '../orders/commands/synchronize-matching-orders';
import { checkDataCommand } from '../orders/commands/check-data';
import { setOrderEditingCommand } from '../orders/commands/set-order-editing';
import { addAuditNoteCommand } from '../orders/commands/add-audit-note';
import { addTransactionLineCommand } from '../orders/commands/add-transaction-line';
import { removeTransactionLineCommand } from '../orders/commands/remove-transaction-line';
import { saveTransactionEditsCommand } from '../orders/commands/save-transaction-edits';
import { importFilesCommand } from '../import/commands/import-files';
import { deleteWorkspaceCommand } from '../import/commands/delete-workspace';
import { pullWorkspaceCommand } from '../pull/commands/pull-workspace';
import { resumePullCommand } from '../pull/commands/resume-pull';
import { refreshWorkspaceCommand } from '../pull/commands/refresh-workspace';
import { discardInterruptedPullCommand } from '../pull/commands/discard-interrupted-pull';
import { updateNumberSequenceCommand } from '../configuration/commands/update-number-sequence';
import { setDefaultPaymentServiceCommand } from '../configuration/commands/set-default-payment-service';
import { updateAccountStructureCommand } from '../configuration/commands/update-account-structure';
import { setFeatureEnabledCommand } from '../configuration/commands/set-feature-enabled';
import { simulateChannelTransactionsCommand } from '../channel/commands/simulate-channel-transactions';
import { setChannelDatabaseOnlineCommand } from '../channel/commands/set-channel-database-online';
import { retryUploadSessionCommand } from '../channel/commands/retry-upload-session';
import { cancelUploadSessionCommand } from '../channel/commands/cancel-upload-session';
import { simulateCustomerOperationsCommand } from '../channel/commands/simulate-customer-operations';
import { synchronizeCustomerOperationsCommand } from '../customers/commands/synchronize-customer-operations';
import { updateCustomerOperationCommand } from '../customers/commands/update-customer-operation';
import { retryCouplingsCommand } from '../coupled-records/commands/retry-couplings';
import { retryAllCouplingsCommand } from '../coupled-records/commands/retry-all-couplings';
import { removeCouplingsCommand } from '../coupled-records/commands/remove-couplings';
import { deleteCoupledRecordsCommand } from '../coupled-records/commands/delete-coupled-records';
import { setUpCouplingCommand } from '../coupled-records/commands/set-up-coupling';
import { findCouplingsForDeletedCommand } from '../coupled-records/commands/find-couplings-for-deleted';
import { deleteSynchJobErrorsCommand } from '../coupled-records/commands/delete-synch-job-errors';
import { simulateCoupledChangeCommand } from '../coupled-records/commands/simulate-coupled-change';
import { updateIntegrationTableMappingCommand } from '../coupled-records/commands/update-integration-table-mapping';

/**
 * Every HQ command, one entry each: the HQ worker's contract (contracts/hq-commands.ts) is built
 * from this list and the engine finds each command's handler in it. A command is one file of its
 * feature's commands/ folder (defineCommand) and one line here (docs/architecture.md, "Commands").
 */
export const HQ_COMMANDS = [
  runJobCommand,
  cancelCommand,
  synchronizeOrdersCommand,
  synchronizeMatchingOrdersCommand,
  checkDataCommand,
  setOrderEditingCommand,
  addAuditNoteCommand,
  addTransactionLineCommand,
  removeTransactionLineCommand,
  saveTransactionEditsCommand,
  importFilesCommand,
  deleteWorkspaceCommand,
  pullWorkspaceCommand,
  resumePullCommand,
  refreshWorkspaceCommand,
  discardInterruptedPullCommand,
  updateNumberSequenceCommand,
  setDefaultPaymentServiceCommand,
  updateAccountStructureCommand,
  setFeatureEnabledCommand,
  simulateChannelTransactionsCommand,
  setChannelDatabaseOnlineCommand,
  retryUploadSessionCommand,
  cancelUploadSessionCommand,
  simulateCustomerOperationsCommand,
  synchronizeCustomerOperationsCommand,
  updateCustomerOperationCommand,
  retryCouplingsCommand,
  retryAllCouplingsCommand,
  removeCouplingsCommand,
  deleteCoupledRecordsCommand,
  setUpCouplingCommand,
  findCouplingsForDeletedCommand,
  deleteSynchJobErrorsCommand,
  simulateCoupledChangeCommand,
  updateIntegrationTableMappingCommand,
] as const;

type Definitions = (typeof HQ_COMMANDS)[number];
export type HqCommandType = Definitions['type'];
type DefinitionOf<T extends HqCommandType> = Extract<Definitions, { type: T }>;
/** Any HQ command, as its handler receives it (validated by the worker on arrival: contracts/hq-commands.ts). */
export type HqCommand = z.output<Definitions['input']>;
/** One command of the union, by its type. */
export type HqCommandOf<T extends HqCommandType> = Extract<HqCommand, { type: T }>;
/** What a command answers with, by its type. */
export type HqCommandResult<T extends HqCommandType> = z.output<DefinitionOf<T>['result']>;

/** The inputs' schemas in the registry's order, for the contract's discriminated union. */
export const HQ_COMMAND_INPUTS = HQ_COMMANDS.map((definition) => definition.input) as unknown as InputsOf<typeof HQ_COMMANDS>;
type InputsOf<L extends readonly unknown[]> = { -readonly [K in keyof L]: L[K] extends { input: infer I } ? I : never };

const byType = new Map<string, CommandDefinition>(HQ_COMMANDS.map((definition): [string, CommandDefinition] => [definition.type, definition]));

/**
 * A command's definition by its type. Typed loosely (any input of any command): the engine hands it
 * an input the contract has already matched to this very type.
 */
export function commandDefinition(type: HqCommandType): CommandDefinition {
  const definition = byType.get(type);
  if (!definition) throw new Error(`No HQ command is named ${type}.`);
  return definition;
}
