import type { TokenStatus } from '../src-core/ipc';
import { serial } from './serial';
import { ShellError } from './shell-error';
import { teamServerOrigin } from './trusted-url';

/**
 * The team-server token lives only in main (RELIABILITY 35). It is written to disk only when
 * the OS encrypts it for us (Keychain, DPAPI, a Linux keyring). Electron on a Linux desktop
 * without a keyring "encrypts" with a hard-coded key ('basic_text'), which is no protection,
 * so there the token stays in memory until the app quits and the CSM is told why.
 */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptString(plain: string): Uint8Array;
  decryptString(encrypted: Buffer): string;
}

export interface TokenFileIo {
  read(): Promise<string | null>;
  write(text: string): Promise<void>;
}

export const NO_SECURE_STORAGE_REASON =
  'This computer offers no secure storage to Fieldbook, so your sign-in is kept only until you quit.';
export const LINUX_NO_KEYRING_REASON =
  'Your Linux desktop has no keyring (such as GNOME Keyring or KWallet), so Fieldbook keeps your sign-in only until you quit.';

const WEAK_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

export function tokenPersistence(safeStorage: SafeStorageLike, os: string): TokenStatus {
  if (!safeStorage.isEncryptionAvailable()) return { persistence: 'session', reason: NO_SECURE_STORAGE_REASON };
  if (os === 'linux') {
    const backend = safeStorage.getSelectedStorageBackend?.() ?? 'unknown';
    if (WEAK_LINUX_BACKENDS.has(backend)) return { persistence: 'session', reason: LINUX_NO_KEYRING_REASON };
  }
  return { persistence: 'secure', reason: null };
}

function originKey(serverUrl: string): string {
  const origin = teamServerOrigin(serverUrl);
  if (!origin) throw new ShellError('invalid-payload', 'The team server address is not a web address (https://…).');
  return origin;
}

export class TokenStore {
  private readonly session = new Map<string, string>();
  /** Each change reads, edits and rewrites the file; one at a time so none is lost. */
  private readonly inOrder = serial();

  constructor(
    private readonly safeStorage: SafeStorageLike,
    private readonly os: string,
    private readonly io: TokenFileIo,
  ) {}

  status(): TokenStatus {
    return tokenPersistence(this.safeStorage, this.os);
  }

  async get(serverUrl: string): Promise<string | null> {
    const key = originKey(serverUrl);
    const inSession = this.session.get(key);
    if (inSession !== undefined) return inSession;
    if (this.status().persistence !== 'secure') return null;
    const stored = (await this.readFile())[key];
    if (!stored) return null;
    try {
      return this.safeStorage.decryptString(Buffer.from(stored, 'base64'));
    } catch {
      // Encrypted under another OS account or a reset keychain: the CSM signs in again.
      return null;
    }
  }

  async set(serverUrl: string, token: string): Promise<TokenStatus> {
    const key = originKey(serverUrl);
    const status = this.status();
    if (status.persistence === 'secure') {
      const encrypted = Buffer.from(this.safeStorage.encryptString(token)).toString('base64');
      await this.inOrder(async () => this.writeFile({ ...(await this.readFile()), [key]: encrypted }));
      this.session.delete(key);
    } else {
      this.session.set(key, token);
    }
    return status;
  }

  async clear(serverUrl: string): Promise<void> {
    const key = originKey(serverUrl);
    this.session.delete(key);
    await this.inOrder(async () => {
      const stored = await this.readFile();
      if (!(key in stored)) return;
      delete stored[key];
      await this.writeFile(stored);
    });
  }

  private async readFile(): Promise<Record<string, string>> {
    const text = await this.io.read();
    if (!text) return {};
    try {
      const parsed = JSON.parse(text) as { tokens?: unknown };
      const tokens = parsed.tokens;
      if (!tokens || typeof tokens !== 'object') return {};
      return Object.fromEntries(Object.entries(tokens).filter((e): e is [string, string] => typeof e[1] === 'string'));
    } catch {
      return {};
    }
  }

  private writeFile(tokens: Record<string, string>): Promise<void> {
    return this.io.write(JSON.stringify({ version: 1, tokens }, null, 2));
  }
}
