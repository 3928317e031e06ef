import type { HqDatabase } from '../../shared/db/hq-database';
import { HqEngine } from '../../shared/engine/hq-engine';
import { seededDatabase, steppingClock } from './memory-database';
import { uploadAll } from './fixes';

/** The demo database with everything uploaded, and an engine over it. */
export async function uploadedCustomers(): Promise<{ db: HqDatabase; engine: HqEngine }> {
  const db = await seededDatabase();
  const engine = new HqEngine(db, steppingClock());
  await uploadAll(db, engine);
  return { db, engine };
}

export const runJob = (engine: HqEngine, jobId: 'synchronize-customers' | 'P-0001' | '1010' | '1070' | '1110') =>
  engine.execute({
    type: 'runJob', trigger: 'manual', batchJobId: null,
    job: jobId === 'synchronize-customers' ? { jobId } : { jobId, channelDatabaseGroupIds: null },
  });

export const edit = (engine: HqEngine, operationId: string, field: string, newValue: string) =>
  engine.execute({ type: 'updateCustomerOperation', operationId, changes: [{ field, newValue }], editedBy: 'Karin Berg' });
