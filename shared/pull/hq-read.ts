import { z } from 'zod';
import { LIMITS } from '../platform/limits';

/**
 * One GET of HQ's OData endpoint, as the HQ worker asks the host for it (through the page, over IPC
 * or the browser host's local API) and as the host answers. The worker never holds a token: it names
 * the connection and the URL, the host adds the token, and answers with the page's text or why not.
 */

/** A request's URL at most: what a pull builds stays under 2,000 characters; a nextLink HQ writes may be longer. */
export const MAX_HQ_URL = 8_192;
/** A page's text at most (HQ pages 10,000 rows; Sync Console asks for fewer and selects its columns): a bigger answer is refused, not read. */
export const MAX_HQ_PAGE_CHARS = 64 * 1024 * 1024;
/** The longest wait HQ may ask for that is waited out; a longer one stops the pull, which can resume. */
export const MAX_RETRY_AFTER_SECONDS = 300;

export const hqReadRequestSchema = z.object({
  connectionId: z.uuid(),
  /** A path under the environment's /data/ ("RetailTransactions?$filter=…"), or an absolute URL under it (an @odata.nextLink). */
  url: z.string().min(1).max(MAX_HQ_URL),
}).strict();
export type HqReadRequest = z.infer<typeof hqReadRequestSchema>;

/** Why a read failed, beyond a wait or a sign-in: the network, a certificate, HQ's answer, or the request itself. */
export const HQ_READ_FAILURES = ['network', 'tls', 'http', 'refused'] as const;
export type HqReadFailure = (typeof HQ_READ_FAILURES)[number];

export const hqReadAnswerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('page'), body: z.string().max(MAX_HQ_PAGE_CHARS) }).strict(),
  /** HQ asked to slow down (429, or 503 while busy): wait this long, then ask again. */
  z.object({ kind: z.literal('wait'), status: z.union([z.literal(429), z.literal(503)]), seconds: z.number().int().min(0).max(MAX_RETRY_AFTER_SECONDS) }).strict(),
  /** No token, and none could be renewed silently: the person must sign in again. */
  z.object({ kind: z.literal('signIn'), message: z.string().max(LIMITS.message) }).strict(),
  z.object({
    kind: z.literal('failed'), reason: z.enum(HQ_READ_FAILURES), status: z.number().int().min(100).max(599).nullable(), message: z.string().max(LIMITS.message),
  }).strict(),
]);
export type HqReadAnswer = z.infer<typeof hqReadAnswerSchema>;

/** How the page reaches HQ for the worker: the host's read. */
export type HqReader = (request: HqReadRequest) => Promise<HqReadAnswer>;
