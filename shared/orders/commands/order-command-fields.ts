import { z } from 'zod';
import { LINE_ENTITY_NAMES, type LineEntityName } from '../transaction-entities';
import { MAX_KEY_TEXT } from '../field-rules';
import { counterSchema } from '../../platform/limits';

/** What the orders' commands name: a transaction by its key, a line table, a list's filters. */
const keyPart = z.string().min(1).max(MAX_KEY_TEXT);

/** A transaction's key: company, store, register and transaction number. */
export const transactionKeySchema = z.object({ dataAreaId: keyPart, store: keyPart, terminal: keyPart, transactionId: keyPart });

export const lineEntitySchema = z.enum(LINE_ENTITY_NAMES as [LineEntityName, ...LineEntityName[]]);

/** A transaction list's filters (TransactionFilter): Synchronize all acts on every row they match. */
export const transactionFilterSchema = z.object({
  kind: z.enum(['online', 'pos']),
  reference: z.string().max(MAX_KEY_TEXT),
  customerAccount: z.string().max(MAX_KEY_TEXT),
  // A member of PENDING_ORDER_STATUSES, or a status an imported export wrote as it was.
  status: z.string().min(1).max(MAX_KEY_TEXT),
  storeId: z.string().min(1).max(MAX_KEY_TEXT),
  cause: z.string().min(1).max(200).nullish(),
  retriesAbove: counterSchema.nullish(),
  datePrefix: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2})?$/).nullish(),
  // Check data's lists (TransactionFilter.check): would fail, disagrees with HQ, or would fail for one cause.
  check: z.union([z.literal('fails'), z.literal('disagrees'), z.string().regex(/^cause:.{1,200}$/)]).nullish(),
  // Changed in HQ since edited here (TransactionFilter.changedInHq): a refresh's flagged transactions.
  changedInHq: z.boolean().nullish(),
});
