import { z } from 'zod';
import { counterSchema, LIMITS } from '../platform/limits';
import { MAX_RETRY_AFTER_SECONDS } from './hq-read';

/**
 * Where a pull is, as the screen shows it: pages and rows read (rows per second is the screen's
 * arithmetic over its own clock), a wait HQ asked for (429 or 503, for how long), or a pause until
 * the person signs in again or the network is back (Resume goes on from the page it reached).
 */
export const pullStatusSchema = z.object({
  pages: counterSchema,
  rows: counterSchema,
  /** The entity set being read. */
  set: z.string().max(LIMITS.idLength),
  wait: z.object({ status: z.union([z.literal(429), z.literal(503)]), seconds: z.number().int().min(0).max(MAX_RETRY_AFTER_SECONDS) }).strict().nullable(),
  paused: z.object({ reason: z.enum(['signIn', 'network']), message: z.string().max(LIMITS.message) }).strict().nullable(),
}).strict();
export type PullStatus = z.infer<typeof pullStatusSchema>;
