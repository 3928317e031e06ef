// Types only: Electron's safeStorage and the file system are parameters, so this is unit-tested with fakes.
import type { SafeStorage } from 'electron';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MemorySecrets, type SecretStore } from '../connector/token-cache';

/** The part of the file system a secret store uses. */
export interface SecretFiles {
  read(file: string): Promise<Buffer | null>;
  write(file: string, data: Buffer): Promise<void>;
  remove(file: string): Promise<void>;
}

export const nodeSecretFiles: SecretFiles = {
  read: (file) => readFile(file).catch(() => null),
  write: async (file, data) => {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, data, { mode: 0o600 });
  },
  remove: (file) => rm(file, { force: true }),
};

/**
 * Each connection's MSAL token cache in a file of its own in the app's userData folder, encrypted
 * with Electron's safeStorage (the OS's keychain, DPAPI, or libsecret's key). Where the OS offers
 * no encryption, nothing is written at all: the tokens live in memory until the app closes, and
 * the person signs in again next time. A file that cannot be decrypted (another user, a new
 * keychain) reads as no sign-in.
 */
export function safeStorageSecrets(safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>, folder: string, files: SecretFiles = nodeSecretFiles): (connectionId: string) => SecretStore {
  return (connectionId) => {
    if (!safeStorage.isEncryptionAvailable()) return new MemorySecrets();
    // The id is a UUID (hqConnectionSchema), so it is a safe file name.
    const file = path.join(folder, `${connectionId}.bin`);
    return {
      load: async () => {
        const data = await files.read(file);
        if (!data) return null;
        try {
          return safeStorage.decryptString(data);
        } catch {
          return null;
        }
      },
      save: (text) => (text === null ? files.remove(file) : files.write(file, safeStorage.encryptString(text))),
    };
  };
}
