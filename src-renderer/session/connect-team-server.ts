import type { Me } from '../../src-core/sync/protocol';
import { serverUserKey, setMeta, type FieldbookDb } from '../store';
import { openCurrentBookDb } from '../store/set-aside';
import { createSyncApi, fetchTransport, SyncError, type SyncApi, type Transport } from '../sync';

/**
 * The "Connect" button's checks, in the order a CSM can fix them: is the address an address,
 * does anything answer there, is it a Fieldbook team server, does it accept this token. Each
 * failure is a `ConnectError` whose message says what to do.
 */
export type ConnectProblem =
  | 'bad_url'
  | 'no_token'
  | 'unreachable'
  | 'not_fieldbook'
  | 'wrong_token'
  | 'forbidden'
  | 'server';

export class ConnectError extends Error {
  override readonly name = 'ConnectError';
  constructor(
    readonly problem: ConnectProblem,
    message: string,
    /** For the console: the underlying failure. */
    readonly detail = '',
  ) {
    super(message);
  }
}

export interface VerifiedSignIn {
  serverUrl: string;
  token: string;
  me: Me;
  /** Names this user's own database on this laptop (RELIABILITY 7). */
  userKey: string;
  api: SyncApi;
}

/** `https://sync.agency.com/` → `https://sync.agency.com`; anything but http(s) is refused. */
export function normaliseServerUrl(raw: string): string {
  const text = raw.trim();
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    throw new ConnectError(
      'bad_url',
      'Enter the team server’s address, such as http://127.0.0.1:8787 or https://sync.youragency.com.',
    );
  }
  if (
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username ||
    url.password ||
    url.search ||
    url.hash
  ) {
    throw new ConnectError(
      'bad_url',
      'The team server’s address must be a plain http:// or https:// address, such as https://sync.youragency.com.',
    );
  }
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
}

export async function verifySignIn(
  rawUrl: string,
  rawToken: string,
  transport: Transport = fetchTransport(15_000),
): Promise<VerifiedSignIn> {
  const serverUrl = normaliseServerUrl(rawUrl);
  const token = rawToken.trim();
  if (token === '')
    throw new ConnectError(
      'no_token',
      'Paste the token your admin gave you (printed by npm run admin -- create-user).',
    );
  await checkIsFieldbookServer(serverUrl, transport);
  const api = createSyncApi({ serverUrl, token, transport });
  const me = await whoAmI(api, serverUrl);
  return { serverUrl, token, me, userKey: serverUserKey(serverUrl, me.id), api };
}

async function checkIsFieldbookServer(serverUrl: string, transport: Transport): Promise<void> {
  let body: unknown;
  try {
    const reply = await transport(`${serverUrl}/v1/health`, { method: 'GET', headers: {} });
    body = reply.status === 200 ? await reply.json().catch(() => null) : null;
  } catch (cause) {
    throw new ConnectError(
      'unreachable',
      `Can’t reach a team server at ${serverUrl}. Check the address, that the server is running, and that this laptop is online.`,
      String(cause),
    );
  }
  if ((body as { ok?: unknown } | null)?.ok !== true) {
    throw new ConnectError(
      'not_fieldbook',
      `${serverUrl} answered, but it is not a Fieldbook team server. Check the address with your admin.`,
    );
  }
}

async function whoAmI(api: SyncApi, serverUrl: string): Promise<Me> {
  let me: Me;
  try {
    me = await api.me();
  } catch (error) {
    throw meFailure(error, serverUrl);
  }
  const ok =
    !!me &&
    typeof me.id === 'string' &&
    typeof me.email === 'string' &&
    typeof me.name === 'string' &&
    typeof me.role === 'string';
  if (!ok)
    throw new ConnectError(
      'not_fieldbook',
      `${serverUrl} answered, but not like a Fieldbook team server. Check the address with your admin.`,
    );
  return { id: me.id, email: me.email, name: me.name, role: me.role };
}

function meFailure(error: unknown, serverUrl: string): ConnectError {
  if (!(error instanceof SyncError))
    return new ConnectError('server', 'Signing in failed unexpectedly; try again.', String(error));
  switch (error.kind) {
    case 'sign_in':
      return new ConnectError(
        'wrong_token',
        'The team server did not accept this token. Copy the whole token your admin gave you and try again.',
        error.detail,
      );
    case 'forbidden':
      return new ConnectError(
        'forbidden',
        'The team server refused this sign-in. Ask your admin to check your account.',
        error.detail,
      );
    case 'offline':
      return new ConnectError(
        'unreachable',
        `Can’t reach a team server at ${serverUrl}. Check the address and your connection.`,
        error.detail,
      );
    case 'protocol':
      return new ConnectError(
        'not_fieldbook',
        `${serverUrl} answered, but not like a Fieldbook team server. Check the address with your admin.`,
        error.detail,
      );
    default:
      return new ConnectError(
        'server',
        'The team server had a problem signing you in. Try again in a minute.',
        error.detail,
      );
  }
}

/**
 * That user's own database: the one already open when it is theirs (signing in again after a
 * revoked token keeps their outbox), otherwise their database on this laptop, new or not.
 */
export async function openUserDb(
  userKey: string,
  open: { userKey: string; db: FieldbookDb } | null,
): Promise<FieldbookDb> {
  const db = open?.userKey === userKey ? open.db : openCurrentBookDb(userKey);
  await setMeta(db, 'userKey', userKey);
  return db;
}
