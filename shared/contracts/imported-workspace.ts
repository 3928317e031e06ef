import type { HqCommand } from './hq-commands';

/**
 * What an imported workspace may still do: audit, edit with an audit trail, and manage imports.
 * Everything else (jobs, synchronization, setup) would change what was exported; the engine
 * refuses it there, and the screens turn its buttons off.
 */
const AUDIT_COMMANDS: ReadonlySet<HqCommand['type']> = new Set<HqCommand['type']>([
  'cancelRun', 'addAuditNote', 'setOrderEditing', 'saveTransactionEdits', 'addTransactionLine', 'removeTransactionLine', 'updateCustomerOperation',
  'importFiles', 'cancelImport', 'deleteWorkspace', 'pullWorkspace', 'resumePull',
]);

export const allowedInImportedWorkspace = (type: HqCommand['type']): boolean => AUDIT_COMMANDS.has(type);
