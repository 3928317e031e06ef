import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { safeStorageSecrets } from '../../electron/main/safe-storage-secrets';
import { openSignInPage } from '../../electron/main/sign-in-browser';

// The desktop app's token caches: a file per connection, written only encrypted by safeStorage
// (here a stand-in that reverses and marks the bytes, as the OS's key would change them), never
// written where the OS offers no encryption, forgotten on sign-out, unreadable ones read as none.

const ID = '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';
const CACHE = '{"RefreshToken":{"x":{"secret":"0.AAAA-refresh"}}}';

function fakeSafeStorage(available = true) {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text: string) => Buffer.concat([Buffer.from('ENC:'), Buffer.from([...Buffer.from(text)].reverse())]),
    decryptString: (data: Buffer) => {
      if (!data.subarray(0, 4).equals(Buffer.from('ENC:'))) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return Buffer.from([...data.subarray(4)].reverse()).toString();
    },
  };
}

let folder = '';
afterEach(async () => {
  if (folder) await rm(folder, { recursive: true, force: true });
});

describe('the token cache on disk', () => {
  it('is written encrypted, read back, and deleted on sign-out', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'sync-console-secrets-'));
    const store = safeStorageSecrets(fakeSafeStorage(), folder)(ID);
    await store.save(CACHE);
    const written = await readFile(path.join(folder, `${ID}.bin`));
    expect(written.toString()).not.toContain('refresh');
    expect(await store.load()).toBe(CACHE);
    await store.save(null);
    expect(await readdir(folder)).toEqual([]);
    expect(await store.load()).toBeNull();
  });

  it('is never written where the OS offers no encryption, and a file that cannot be decrypted is no sign-in', async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'sync-console-secrets-'));
    const plain = safeStorageSecrets(fakeSafeStorage(false), folder)(ID);
    await plain.save(CACHE);
    expect(await readdir(folder)).toEqual([]);
    expect(await plain.load()).toBe(CACHE);
    const foreign = safeStorageSecrets(fakeSafeStorage(), folder, {
      read: () => Promise.resolve(Buffer.from('written under another key')), write: () => Promise.resolve(), remove: () => Promise.resolve(),
    })(ID);
    expect(await foreign.load()).toBeNull();
  });
});

describe('the sign-in page in the system browser', () => {
  it('opens only an https page of the connection\'s own authority', async () => {
    const opened: string[] = [];
    const open = openSignInPage({ openExternal: async (url) => void opened.push(url) });
    await open('https://login.microsoftonline.com/contoso/oauth2/v2.0/authorize?client_id=x', 'https://login.microsoftonline.com');
    await expect(open('https://evil.example/authorize', 'https://login.microsoftonline.com')).rejects.toThrow(/authority/);
    await expect(open('http://login.microsoftonline.com/authorize', 'https://login.microsoftonline.com')).rejects.toThrow(/authority/);
    await expect(open('https://user:pw@login.microsoftonline.com/authorize', 'https://login.microsoftonline.com')).rejects.toThrow(/authority/);
    expect(opened).toEqual(['https://login.microsoftonline.com/contoso/oauth2/v2.0/authorize?client_id=x']);
  });
});
