import {
  INVOKE_CHANNELS,
  IPC_MAX_BYTES,
  IPC_REQUEST_SCHEMAS,
  isInvokeChannel,
  payloadBytes,
  type InvokeChannel,
  type IpcReplies,
  type IpcRequests,
  type IpcResult,
} from '../src-core/ipc';
import { isTrustedSender, type IpcEventLike, type SenderTrust } from './ipc-sender';
import { ShellError } from './shell-error';

/**
 * Every request from the renderer passes the same gate, in this order: a known channel, the
 * app's own main frame, one argument within the channel's byte budget, a payload its schema
 * accepts. Only then does the handler run, with a typed and validated request.
 */
export type IpcHandlers = {
  [C in InvokeChannel]: (request: IpcRequests[C], event: IpcEventLike) => Promise<IpcReplies[C]> | IpcReplies[C];
};

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}

export type IpcLog = (reason: string, channel: string, detail?: string) => void;

export type IpcDispatch = (channel: string, event: IpcEventLike, args: unknown[]) => Promise<IpcResult<unknown>>;

const refused = (
  code: 'unknown-channel' | 'untrusted-sender' | 'payload-too-large' | 'invalid-payload',
  message: string,
) => ({ ok: false, error: { code, message } }) as const;

export function createIpcDispatcher(handlers: IpcHandlers, trust: SenderTrust, log: IpcLog): IpcDispatch {
  return async (channel, event, args) => {
    if (!isInvokeChannel(channel)) {
      log('unknown-channel', String(channel).slice(0, 100));
      return refused('unknown-channel', 'Fieldbook does not know this request.');
    }
    if (!isTrustedSender(event, trust)) {
      log('untrusted-sender', channel, event.senderFrame?.url.slice(0, 200));
      return refused('untrusted-sender', 'This request did not come from Fieldbook’s own window.');
    }
    if (args.length !== 1) {
      log('invalid-payload', channel, `${args.length} arguments`);
      return refused('invalid-payload', 'Fieldbook refused a malformed request (one argument expected).');
    }
    if (payloadBytes(args[0], IPC_MAX_BYTES[channel]) > IPC_MAX_BYTES[channel]) {
      log('payload-too-large', channel);
      return refused('payload-too-large', 'This request is too large.');
    }
    const parsed = IPC_REQUEST_SCHEMAS[channel].safeParse(args[0]);
    if (!parsed.success) {
      const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
      log('invalid-payload', channel, detail);
      return refused('invalid-payload', `Fieldbook refused a malformed request (${detail.slice(0, 200)}).`);
    }
    return runHandler(handlers, channel, parsed.data, event, log);
  };
}

async function runHandler(
  handlers: IpcHandlers,
  channel: InvokeChannel,
  request: unknown,
  event: IpcEventLike,
  log: IpcLog,
): Promise<IpcResult<unknown>> {
  const handler = handlers[channel] as (request: unknown, event: IpcEventLike) => unknown;
  try {
    return { ok: true, value: await handler(request, event) };
  } catch (err) {
    if (err instanceof ShellError) {
      log(err.code, channel, err.message);
      return { ok: false, error: err.toIpcError() };
    }
    log('failed', channel, err instanceof Error ? err.message : String(err));
    return { ok: false, error: { code: 'failed', message: 'Something went wrong in Fieldbook — try again.' } };
  }
}

/** Registers one `handle` per channel of the contract; nothing else is ever registered. */
export function registerIpcHandlers(ipcMain: IpcMainLike, dispatch: IpcDispatch): void {
  for (const channel of INVOKE_CHANNELS) {
    ipcMain.handle(channel, (event, ...args) => dispatch(channel, event, args));
  }
}
