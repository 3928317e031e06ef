import { z } from 'zod';
import { counterSchema } from '../platform/limits';

/** What a refresh did to a pulled workspace, transaction by transaction. */
export const refreshCountsSchema = z.object({
  /** Transactions HQ changed that were here: HQ's rows taken. */
  updated: counterSchema,
  /** Transactions new in HQ (in the pull's companies, stores and days). */
  added: counterSchema,
  /** Transactions HQ changed that were edited here since: this workspace's version kept, HQ's beside it, flagged. */
  conflicts: counterSchema,
  /** Transactions HQ named as changed whose rows were the same as here (a change undone, a change outside what is read). */
  unchanged: counterSchema,
  /** Rows HQ sent that the import's checks refused (each said in the refresh's answer): their transactions stay as they were here. */
  refusedRows: counterSchema,
}).strict();
export type RefreshCounts = z.infer<typeof refreshCountsSchema>;
