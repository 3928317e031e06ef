import { z } from 'zod';
import { counterSchema, LIMITS } from '../platform/limits';
import { hqConnectionSchema } from './hq-connection';
import { pullRequestSchema } from './pull-request';

/**
 * A pull or refresh under way, as the workspace registry keeps it (table pullsUnderWay): written when
 * it starts, its progress noted as it goes, removed when it ends in any way. One still there when
 * the HQ worker starts was under way when the app closed: the worker marks it interrupted
 * (interrupted-pulls.ts), and Connect to HQ says so with Resume and Discard. It holds what starting
 * the work again needs, and nothing secret: the connection is named by its id, as in a pull's request.
 */
const common = {
  /** A pull's import id (its workspace's id, were it to finish); a refresh's workspace id. */
  id: z.uuid(),
  connectionId: hqConnectionSchema.shape.id,
  connectionName: hqConnectionSchema.shape.name,
  environmentUrl: hqConnectionSchema.shape.environmentUrl,
  startedAt: z.iso.datetime(),
  /** How far it got: pages and rows read from HQ, as of progressAt (noted at most once a second, and at each pause). */
  pages: counterSchema,
  rows: counterSchema,
  progressAt: z.iso.datetime(),
  /** When the HQ worker found it left by a closed app; null while it runs. */
  interruptedAt: z.iso.datetime().nullable(),
};

export const pullUnderWaySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pull'), ...common, request: pullRequestSchema }).strict(),
  z.object({ kind: z.literal('refresh'), ...common, workspaceName: z.string().min(1).max(LIMITS.shortText) }).strict(),
]);
export type PullUnderWay = z.infer<typeof pullUnderWaySchema>;

type Omitted<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/** What a record says before it has run: the rest (when, how far, interrupted) is its keeper's. */
export type PullUnderWayStart = Omitted<PullUnderWay, 'startedAt' | 'pages' | 'rows' | 'progressAt' | 'interruptedAt'>;

/** A record that could not be read back (written by another build, or damaged): it can only be discarded. */
export interface UnreadablePull {
  id: string;
  interruptedAt: string | null;
}

/** The records as read from the registry, each checked: the readable ones, and the ids of those that are not. */
export function readPullsUnderWay(rows: readonly unknown[]): { records: PullUnderWay[]; unreadable: UnreadablePull[] } {
  const records: PullUnderWay[] = [];
  const unreadable: UnreadablePull[] = [];
  for (const row of rows) {
    const parsed = pullUnderWaySchema.safeParse(row);
    if (parsed.success) records.push(parsed.data);
    else {
      const { id, interruptedAt } = (row ?? {}) as { id?: unknown; interruptedAt?: unknown };
      if (typeof id === 'string') unreadable.push({ id, interruptedAt: typeof interruptedAt === 'string' ? interruptedAt : null });
    }
  }
  return { records, unreadable };
}
