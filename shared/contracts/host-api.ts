import { z } from 'zod';

/**
 * What the host (Electron's main process through the preload, or the page itself in the
 * browser host) offers the renderer. One interface, two implementations.
 */
export const settingsSchema = z.object({
  /** The screen the user last had open, restored on the next start. */
  lastScreen: z.string().max(64),
  language: z.enum(['en']),
});
export type Settings = z.infer<typeof settingsSchema>;
export const defaultSettings: Settings = { lastScreen: 'online-transactions', language: 'en' };

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(['electron', 'browser']),
  platform: z.string(),
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** The IPC allow-list: each channel with the schema of its argument and of its answer. */
export const ipcChannels = {
  'host:getAppInfo': { request: z.undefined(), response: appInfoSchema },
  'host:getSettings': { request: z.undefined(), response: settingsSchema },
  'host:updateSettings': { request: settingsSchema.partial().strict(), response: settingsSchema },
} as const;
export type IpcChannel = keyof typeof ipcChannels;
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['request']>;
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof ipcChannels)[C]['response']>;

export interface HostApi {
  getAppInfo(): Promise<AppInfo>;
  getSettings(): Promise<Settings>;
  updateSettings(patch: Partial<Settings>): Promise<Settings>;
}

/** The name under which the preload exposes the HostApi on window. */
export const HOST_API_GLOBAL = 'syncConsole';
/** The origin the renderer is served from in Electron; IPC from any other frame is refused. */
export const APP_ORIGIN = 'app://sync-console';
