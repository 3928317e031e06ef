import { z } from 'zod';
import { COMPANY, companyKey } from '../import/import-options';
import { MAX_KEY_TEXT } from '../orders/field-rules';
import { MAX_CONNECTION_COMPANIES } from './hq-connection';

/**
 * What a person asks of HQ in one pull: the companies (and, if they narrow it, the stores), the
 * days, and what to bring. By default, the last seven days of orders that failed or are not yet
 * synchronized, with everything they need: their transactions, lines, payments and statuses.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((text) => !Number.isNaN(Date.parse(`${text}T00:00:00Z`)), 'not a date');

/** Stores one pull may name: each is a term of the URL's filter, which must stay short. */
export const MAX_PULL_STORES = 20;
/** The longest window one pull reads: beyond it, HQ is the place to look. */
export const MAX_PULL_DAYS = 366;
export const DEFAULT_PULL_DAYS = 7;

export const pullRequestSchema = z.object({
  connectionId: z.uuid(),
  companies: z.array(z.string().trim().regex(COMPANY).transform(companyKey)).min(1).max(MAX_CONNECTION_COMPANIES).transform((list) => [...new Set(list)]),
  /** Store (operating unit) numbers; empty for every store of the companies. */
  stores: z.array(z.string().trim().min(1).max(MAX_KEY_TEXT).regex(/^[^']+$/, 'a store number has no quote')).max(MAX_PULL_STORES),
  /** The first and the last day, both included (UTC, as HQ stores them). */
  from: isoDate,
  to: isoDate,
  /** Transactions with their sales and payment lines. */
  transactions: z.boolean(),
  /** The orders' statuses (RetailTransactionOrderStatusBIEntities). */
  statuses: z.boolean(),
  /** Only orders that failed or are not yet synchronized: read from the statuses first, then what those orders need. */
  unsynchronizedOnly: z.boolean(),
}).strict()
  .refine((r) => r.from <= r.to, { message: 'The first day is after the last.', path: ['to'] })
  .refine((r) => (Date.parse(r.to) - Date.parse(r.from)) / 86_400_000 < MAX_PULL_DAYS, { message: `A pull reads at most ${MAX_PULL_DAYS} days.`, path: ['from'] })
  .refine((r) => r.transactions || r.statuses, { message: 'Choose what to bring.', path: ['transactions'] })
  .refine((r) => !r.unsynchronizedOnly || r.statuses, { message: 'Failed and not-yet-synchronized orders are found by their status: bring the statuses too.', path: ['statuses'] });
export type PullRequest = z.infer<typeof pullRequestSchema>;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** The default pull: the last seven days (today included) of the connection's companies' unsynchronized orders, with all they need. */
export function defaultPullRequest(connection: { id: string; companies: string[] }, today: Date): PullRequest {
  return {
    connectionId: connection.id, companies: connection.companies, stores: [],
    from: day(new Date(today.getTime() - (DEFAULT_PULL_DAYS - 1) * 86_400_000)), to: day(today),
    transactions: true, statuses: true, unsynchronizedOnly: true,
  };
}
