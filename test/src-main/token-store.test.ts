import { describe, expect, it } from 'vitest';
import {
  LINUX_NO_KEYRING_REASON,
  NO_SECURE_STORAGE_REASON,
  TokenStore,
  tokenPersistence,
  type SafeStorageLike,
} from '../../src-main/token-store';

/** A stand-in for Electron's safeStorage: "encrypts" by reversing and tagging, so tests can see ciphertext on disk. */
function fakeSafeStorage(available: boolean, backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptString: (plain) => Buffer.from(`enc:${[...plain].reverse().join('')}`),
    decryptString: (buf) => {
      const s = buf.toString();
      if (!s.startsWith('enc:')) throw new Error('cannot decrypt');
      return [...s.slice(4)].reverse().join('');
    },
  };
}

function memoryFile(initial: string | null = null) {
  const file = { text: initial, writes: 0 };
  return {
    file,
    io: {
      read: async () => file.text,
      write: async (t: string) => {
        file.text = t;
        file.writes += 1;
      },
    },
  };
}

describe('where the team-server token is kept', () => {
  it('is secure with the OS keychain', () => {
    expect(tokenPersistence(fakeSafeStorage(true), 'darwin')).toEqual({ persistence: 'secure', reason: null });
    expect(tokenPersistence(fakeSafeStorage(true, 'kwallet5'), 'linux')).toEqual({
      persistence: 'secure',
      reason: null,
    });
  });

  it('is the session only when the OS offers no encryption', () => {
    expect(tokenPersistence(fakeSafeStorage(false), 'win32')).toEqual({
      persistence: 'session',
      reason: NO_SECURE_STORAGE_REASON,
    });
  });

  it('is the session only on a Linux desktop without a keyring (basic_text is plain text)', () => {
    expect(tokenPersistence(fakeSafeStorage(true, 'basic_text'), 'linux')).toEqual({
      persistence: 'session',
      reason: LINUX_NO_KEYRING_REASON,
    });
    expect(tokenPersistence(fakeSafeStorage(true, 'unknown'), 'linux')).toEqual({
      persistence: 'session',
      reason: LINUX_NO_KEYRING_REASON,
    });
  });
});

describe('the token store', () => {
  it('writes only ciphertext to disk and reads the token back', async () => {
    const { file, io } = memoryFile();
    const store = new TokenStore(fakeSafeStorage(true), 'darwin', io);
    expect(await store.set('https://sync.example.com/v1', 'fb_secret_1')).toEqual({
      persistence: 'secure',
      reason: null,
    });
    expect(file.text).not.toContain('fb_secret_1');
    expect(JSON.parse(file.text!)).toEqual({
      version: 1,
      tokens: { 'https://sync.example.com': Buffer.from('enc:1_terces_bf').toString('base64') },
    });
    const reopened = new TokenStore(fakeSafeStorage(true), 'darwin', io);
    expect(await reopened.get('https://sync.example.com')).toBe('fb_secret_1');
  });

  it('falls back to the session when encryption is unavailable: nothing on disk, gone after a restart', async () => {
    const { file, io } = memoryFile();
    const store = new TokenStore(fakeSafeStorage(false), 'linux', io);
    expect(await store.set('https://sync.example.com', 'fb_secret_2')).toEqual({
      persistence: 'session',
      reason: NO_SECURE_STORAGE_REASON,
    });
    expect(await store.get('https://sync.example.com')).toBe('fb_secret_2');
    expect(file.text).toBeNull();
    expect(file.writes).toBe(0);
    const afterRestart = new TokenStore(fakeSafeStorage(false), 'linux', io);
    expect(await afterRestart.get('https://sync.example.com')).toBeNull();
  });

  it('keeps tokens per team server origin, so a look-alike host gets nothing', async () => {
    const { io } = memoryFile();
    const store = new TokenStore(fakeSafeStorage(true), 'win32', io);
    await store.set('https://example.com', 'fb_real');
    expect(await store.get('https://example.com.evil.test')).toBeNull();
    expect(await store.get('https://example.com/anything')).toBe('fb_real');
  });

  it('forgets a token on sign-out', async () => {
    const { file, io } = memoryFile();
    const store = new TokenStore(fakeSafeStorage(true), 'darwin', io);
    await store.set('https://sync.example.com', 'fb_secret_3');
    await store.clear('https://sync.example.com');
    expect(await store.get('https://sync.example.com')).toBeNull();
    expect(JSON.parse(file.text!)).toEqual({ version: 1, tokens: {} });
  });

  it('treats an undecryptable or corrupt file as signed out', async () => {
    const corrupt = new TokenStore(fakeSafeStorage(true), 'darwin', memoryFile('{not json').io);
    expect(await corrupt.get('https://sync.example.com')).toBeNull();
    const foreign = new TokenStore(
      fakeSafeStorage(true),
      'darwin',
      memoryFile(
        JSON.stringify({ tokens: { 'https://sync.example.com': Buffer.from('other-key').toString('base64') } }),
      ).io,
    );
    expect(await foreign.get('https://sync.example.com')).toBeNull();
  });

  it('refuses a server address that is not a web address', async () => {
    const store = new TokenStore(fakeSafeStorage(true), 'darwin', memoryFile().io);
    await expect(store.set('file:///etc/passwd', 'x')).rejects.toThrow(
      'The team server address is not a web address (https://…).',
    );
  });
});
