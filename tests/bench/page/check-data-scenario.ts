// Check data over the workspace the import scenario made: Synchronize orders' rules read-only, in
// the app's HQ worker opened on that workspace, a chunk at a time (no raw counterpart: it writes
// only its findings).
import type { EngineRun } from './bench-api';
import { timed } from './engine';

export const runCheckData = (): Promise<EngineRun> => timed({ type: 'checkData', cancelId: crypto.randomUUID() });
