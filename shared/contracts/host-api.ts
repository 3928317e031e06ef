import { z } from 'zod';
import { commandOutcomeSchema } from '../runner/run-outcome';
import {
  batchJobSchema, distributionJobIdSchema, jobRequestSchema, newBatchJobSchema, recurrenceSchema, runDispatchMessageSchema, runnerSnapshotSchema, runResultSchema,
} from '../runner/runner-schemas';
import type { RunExecutor, RunnerApi } from '../runner/runner-api';
import { channelDatabaseGroupIdsSchema, idSchema, LIMITS } from '../platform/limits';
import {
  hqConnectionInputSchema, hqConnectionsSchema, hqConnectionViewSchema, hqSignInResultSchema, type HqConnectionInput, type HqConnections, type HqConnectionView,
  type HqSignInResult,
} from '../pull/hq-connection';
import { hqReadAnswerSchema, hqReadRequestSchema, type HqReadAnswer, type HqReadRequest } from '../pull/hq-read';

/**
 * What the host (Electron's main process through the preload, or the page itself in the
 * browser host) offers the renderer. One interface, two implementations.
 */
export const settingsSchema = z.object({
  /** The screen the user last had open, restored on the next start. */
  lastScreen: z.string().max(64),
  /** The UI language; 'system' follows the OS (Electron) or browser language. */
  language: z.enum(['system', 'en', 'nb-NO', 'sv-SE']),
  /** Light or dark; 'system' follows the OS's prefers-color-scheme. */
  colorScheme: z.enum(['system', 'light', 'dark']),
  /** The workspace the app opens: the demo HQ, or an imported one (workspace-registry.ts). */
  workspaceId: z.string().min(1).max(64),
  /** Where each screen's split between its list and its record stands: the list's share of the width, in percent, by screen. */
  splits: z.record(z.string().regex(/^[a-z-]{1,64}$/), z.number().min(0).max(100)).refine((splits) => Object.keys(splits).length <= 64),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = { lastScreen: 'workspace', language: 'system', colorScheme: 'system', workspaceId: 'demo', splits: {} };

export const appInfoSchema = z.object({
  name: z.string().max(LIMITS.idLength),
  version: z.string().max(LIMITS.idLength),
  host: z.enum(['electron', 'browser']),
  platform: z.string().max(LIMITS.idLength),
  /** Who is at the keyboard, as the audit trail records it. */
  user: z.string().min(1).max(LIMITS.idLength),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

const batchJobId = z.object({ id: idSchema }).strict();

const promptText = z.string().min(1).max(LIMITS.shortText);
/**
 * What the desktop app asks when its window is closed or reloaded while the page holds unsaved
 * values, in the page's language (i18next lives in the renderer, so the page sends the words).
 */
export const leavePromptSchema = z.object({ title: promptText, message: promptText, detail: promptText, leave: promptText, stay: promptText }).strict();
export type LeavePrompt = z.infer<typeof leavePromptSchema>;

const hqConnectionId = z.object({ id: z.uuid() }).strict();

/** The IPC allow-list: each channel with the schema of its argument and of its answer. */
export const ipcChannels = {
  'host:getAppInfo': { request: z.undefined(), response: appInfoSchema },
  'host:getSettings': { request: z.undefined(), response: settingsSchema },
  'host:updateSettings': { request: settingsSchema.partial().strict(), response: settingsSchema },
  'runner:getSnapshot': { request: z.undefined(), response: runnerSnapshotSchema },
  'runner:runNow': { request: jobRequestSchema, response: commandOutcomeSchema },
  'runner:runBatchJobNow': { request: batchJobId, response: commandOutcomeSchema },
  'runner:createBatchJob': { request: newBatchJobSchema, response: batchJobSchema },
  'runner:updateRecurrence': { request: batchJobId.extend({ recurrence: recurrenceSchema }), response: z.null() },
  'runner:setEnabled': { request: batchJobId.extend({ enabled: z.boolean() }), response: z.null() },
  'runner:deleteBatchJob': { request: batchJobId, response: z.null() },
  'runner:setDistributionGroups': {
    request: z.object({ jobId: distributionJobIdSchema, channelDatabaseGroupIds: channelDatabaseGroupIdsSchema }).strict(),
    response: z.null(),
  },
  /** The renderer offers its HQ worker to carry out the runner's runs. */
  'runner:serveRuns': { request: z.undefined(), response: z.null() },
  'runner:runResult': { request: runResultSchema, response: z.null() },
  /** The page holds unsaved values (the words to ask with), or none any more (null). */
  'host:setLeavePrompt': { request: leavePromptSchema.nullable(), response: z.null() },
  // Connecting to headquarters (electron/connector): the connections, sign-in, and the HQ worker's reads. No token ever crosses.
  'hq:listConnections': { request: z.undefined(), response: hqConnectionsSchema },
  'hq:saveConnection': { request: z.object({ id: z.uuid().nullable(), input: hqConnectionInputSchema }).strict(), response: hqConnectionViewSchema },
  'hq:removeConnection': { request: hqConnectionId, response: z.null() },
  'hq:signIn': { request: hqConnectionId, response: hqSignInResultSchema },
  'hq:signOut': { request: hqConnectionId, response: hqConnectionViewSchema },
  'hq:read': { request: hqReadRequestSchema, response: hqReadAnswerSchema },
} as const;

/** What the application menu asks the renderer to do (File › Import…). */
export const menuCommandSchema = z.enum(['import']);
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/**
 * A link into the app (a sync-console:// URL the OS opened) as the hash the renderer opens:
 * `#/online-transactions/<store>/<terminal>/<id>?status=Failed`. Main builds it from a validated
 * URL (electron/main/deep-link.ts); the renderer reads only screens and records it knows from it.
 */
export const linkHashSchema = z.string().max(2048).regex(/^#\/[a-z][a-z-]*(\/[^/?#\s]+)*(\?[^#\s]*)?$/);

/** What main sends the renderer unasked; the preload validates each before passing it on. */
export const ipcEvents = {
  'runner:snapshot': runnerSnapshotSchema,
  'runner:dispatch': runDispatchMessageSchema,
  'app:menu': z.object({ command: menuCommandSchema }).strict(),
  'app:openLink': z.object({ hash: linkHashSchema }).strict(),
} as const;
export type IpcEvent = keyof typeof ipcEvents;
export type IpcEventPayload<E extends IpcEvent> = z.infer<(typeof ipcEvents)[E]>;
export type IpcChannel = keyof typeof ipcChannels;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['response']>;

/**
 * Connecting to a real headquarters (electron/connector/hq-connector.ts, in Electron's main process
 * or the browser host's local server): what the page may ask of it. Tokens stay there.
 */
export interface HqHostApi {
  listConnections(): Promise<HqConnections>;
  /** Adds a connection (id null) or changes one. */
  saveConnection(id: string | null, input: HqConnectionInput): Promise<HqConnectionView>;
  removeConnection(id: string): Promise<void>;
  /** Opens the sign-in in the person's browser and resolves once it is done, or why it is not. */
  signIn(id: string): Promise<HqSignInResult>;
  signOut(id: string): Promise<HqConnectionView>;
  /** One GET of HQ's OData for the HQ worker. */
  read(request: HqReadRequest): Promise<HqReadAnswer>;
}

export interface HostApi {
  getAppInfo(): Promise<AppInfo>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
  runner: RunnerApi;
  serveRuns(executor: RunExecutor): void;
  /** The application menu's commands; the browser host has no such menu, so its listener never fires. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Links into the app the OS hands the running desktop app; in a browser a link is simply followed, so this never fires. */
  onOpenLink(listener: (hash: string) => void): () => void;
  /**
   * Whether closing or reloading the window should ask first, and in which words. The browser
   * asks through beforeunload with its own words, so the browser host ignores it.
   */
  setLeavePrompt(prompt: LeavePrompt | null): void;
  /** Connecting to headquarters; null where this host cannot (a page served by anything but the browser host's own server). */
  hq: HqHostApi | null;
}

/** The name under which the preload exposes the HostApi on window. */
export const HOST_API_GLOBAL = 'syncConsole';
/** The origin the renderer is served from in Electron; IPC from any other frame is refused. */
export const APP_ORIGIN = 'app://sync-console';
