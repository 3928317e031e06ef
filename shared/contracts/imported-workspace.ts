import { commandDefinition, type HqCommandType } from '../engine/command-registry';

/**
 * What an imported workspace may still do: audit, edit with an audit trail, and manage imports.
 * Everything else (jobs, synchronization, setup) would change what was exported; the engine
 * refuses it there, and the screens turn its buttons off. Each command says which it is
 * (inImportedWorkspace, in its file of commands/).
 */
export const allowedInImportedWorkspace = (type: HqCommandType): boolean => commandDefinition(type).inImportedWorkspace;
