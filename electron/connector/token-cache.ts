import type { ICachePlugin } from '@azure/msal-node';

/**
 * Where a connection's MSAL token cache is kept between uses: in the desktop app, a file encrypted
 * with Electron's safeStorage (the OS keychain's key: electron/main/safe-storage-secrets.ts); in the
 * browser host, this process's memory only. save(null) forgets it (sign-out, a removed connection).
 */
export interface SecretStore {
  load(): Promise<string | null>;
  save(text: string | null): Promise<void>;
}

/** Secrets kept in memory only, gone when the process ends: the browser host, and the desktop app where the OS offers no encryption. */
export class MemorySecrets implements SecretStore {
  private text: string | null = null;

  load(): Promise<string | null> {
    return Promise.resolve(this.text);
  }

  save(text: string | null): Promise<void> {
    this.text = text;
    return Promise.resolve();
  }
}

/** MSAL's cache plugin over a secret store: read before each use of the cache, written after each change. */
export function tokenCachePlugin(store: SecretStore): ICachePlugin {
  return {
    beforeCacheAccess: async (context) => {
      const text = await store.load();
      if (text) context.tokenCache.deserialize(text);
    },
    afterCacheAccess: async (context) => {
      if (context.cacheHasChanged) await store.save(context.tokenCache.serialize());
    },
  };
}
