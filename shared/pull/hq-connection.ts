import { z } from 'zod';
import { COMPANY, companyKey } from '../import/import-options';
import { LIMITS } from '../platform/limits';

/**
 * A connection to a real headquarters: a Finance and Operations environment's OData endpoint, the
 * Microsoft Entra ID tenant and app registration a person signs in with, and the companies to read.
 * Nothing in it is secret: the tokens sign-in gets stay in the process that signed in (Electron's
 * main process or the browser host's local server), never in this record, never in the page.
 */
export const MICROSOFT_ENTRA_AUTHORITY = 'https://login.microsoftonline.com';

/** Companies one connection reads at most: a pull names them in its filter, which must stay a short URL. */
export const MAX_CONNECTION_COMPANIES = 20;

const URL_LENGTH = 300;

/** Why a URL cannot be an environment's (or an authority's), in words; null when it can. */
function originProblem(text: string, what: string, allowLoopbackHttp: boolean): string | null {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return `The ${what} is not a web address.`;
  }
  if (url.username || url.password) return `The ${what} must not carry a user name or password.`;
  if (url.search || url.hash || (url.pathname !== '/' && url.pathname !== '')) return `The ${what} is the address alone, without a path: ${url.origin}`;
  if (url.protocol === 'https:') return null;
  const loopback = url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
  if (url.protocol === 'http:' && loopback && allowLoopbackHttp) return null;
  return `The ${what} must start with https://: Sync Console never sends a sign-in over an unencrypted connection.`;
}

/**
 * An environment's URL as Sync Console keeps it (https://usrt.operations.dynamics.com: the origin, no
 * path), or why it cannot be one. Only https; http on loopback only where the host allows it (the
 * test servers: the browser host's and the desktop app's own setting, never a person's choice).
 */
export function environmentUrlProblem(text: string, allowLoopbackHttp: boolean): string | null {
  return originProblem(text, 'environment URL', allowLoopbackHttp);
}

/** The sign-in authority's host (Microsoft Entra ID's, or a sovereign cloud's): https only, always. */
export function authorityProblem(text: string): string | null {
  return originProblem(text, 'sign-in authority', false);
}

export const originOf = (text: string): string => new URL(text.trim()).origin;

const companies = z.array(z.string().trim().regex(COMPANY).transform(companyKey)).min(1).max(MAX_CONNECTION_COMPANIES)
  .transform((list) => [...new Set(list)]);

/** What a person types for a connection; the URLs' rules (environmentUrlProblem) are the host's to apply, as only it knows whether loopback is allowed. */
export const hqConnectionInputSchema = z.object({
  name: z.string().trim().min(1).max(LIMITS.idLength),
  environmentUrl: z.string().trim().min(1).max(URL_LENGTH),
  /** The directory (tenant) ID, or its domain (contoso.onmicrosoft.com). */
  tenant: z.string().trim().min(1).max(LIMITS.idLength).regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/),
  /** The app registration's Application (client) ID. */
  clientId: z.guid(),
  authority: z.string().trim().min(1).max(URL_LENGTH),
  companies,
}).strict();
export type HqConnectionInput = z.input<typeof hqConnectionInputSchema>;

export const hqConnectionSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(LIMITS.idLength),
  environmentUrl: z.string().min(1).max(URL_LENGTH),
  tenant: z.string().min(1).max(LIMITS.idLength),
  clientId: z.guid(),
  authority: z.string().min(1).max(URL_LENGTH),
  companies: z.array(z.string().regex(COMPANY)).min(1).max(MAX_CONNECTION_COMPANIES),
}).strict();
export type HqConnection = z.infer<typeof hqConnectionSchema>;

/** A connection as the page sees it: whether someone is signed in, and as whom (never a token). */
export const hqConnectionViewSchema = hqConnectionSchema.extend({ signedInAs: z.string().max(LIMITS.shortText).nullable() }).strict();
export type HqConnectionView = z.infer<typeof hqConnectionViewSchema>;

/** What the host says of its connections: the list, and whether it takes http on loopback (a test server). */
export const hqConnectionsSchema = z.object({
  connections: z.array(hqConnectionViewSchema).max(LIMITS.batchJobs),
  loopbackAllowed: z.boolean(),
}).strict();
export type HqConnections = z.infer<typeof hqConnectionsSchema>;

/** Where HQ's OData entity sets are: https://<environment>/data/. */
export const dataRoot = (connection: Pick<HqConnection, 'environmentUrl'>): string => `${connection.environmentUrl}/data/`;

/** The scope of an access token for the environment, as Finance and Operations asks for it. */
export const environmentScope = (connection: Pick<HqConnection, 'environmentUrl'>): string => `${connection.environmentUrl}/.default`;

/** How a sign-in ended: signed in, or why not (the screen says it in the person's language, with the authority's own words). */
export const hqSignInResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), connection: hqConnectionViewSchema }).strict(),
  z.object({ ok: z.literal(false), reason: z.enum(['timedOut', 'refused', 'failed']), message: z.string().max(LIMITS.message) }).strict(),
]);
export type HqSignInResult = z.infer<typeof hqSignInResultSchema>;
