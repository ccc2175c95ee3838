import { describe, expect, it } from 'vitest';
import { INVOKE_CHANNELS, payloadBytes, type InvokeChannel } from '../../src-core/ipc';
import { createIpcDispatcher, registerIpcHandlers, type IpcHandlers } from '../../src-main/ipc-handlers';
import type { IpcEventLike } from '../../src-main/ipc-sender';
import { ShellError } from '../../src-main/shell-error';

const trust = { appOrigins: ['app://fieldbook'], isAppWindow: (id: number) => id === 1 };
const appEvent: IpcEventLike = { sender: { id: 1 }, senderFrame: { url: 'app://fieldbook/index.html', parent: null } };

function setup() {
  const calls: Array<{ channel: InvokeChannel; request: unknown }> = [];
  const logged: string[] = [];
  const handlers = Object.fromEntries(
    INVOKE_CHANNELS.map((channel) => [
      channel,
      (request: unknown) => {
        calls.push({ channel, request });
        return { handled: channel };
      },
    ]),
  ) as unknown as IpcHandlers;
  const dispatch = createIpcDispatcher(handlers, trust, (reason, channel) => logged.push(`${reason}:${channel}`));
  return { calls, logged, dispatch, handlers };
}

const MB = 1024 * 1024;
const deck = () => ({
  suggestedName: 'Acme Dental QBR 2026-Q3',
  mimeType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  bytes: new Uint8Array([80, 75, 3, 4]),
  destination: 'ask',
});

describe('the IPC gate', () => {
  it('runs the handler with the validated request', async () => {
    const { dispatch, calls } = setup();
    const result = await dispatch('token:set', appEvent, [
      { serverUrl: 'https://sync.example.com', token: 'fb_abc123' },
    ]);
    expect(result).toEqual({ ok: true, value: { handled: 'token:set' } });
    expect(calls).toEqual([
      { channel: 'token:set', request: { serverUrl: 'https://sync.example.com', token: 'fb_abc123' } },
    ]);
  });

  it('accepts a deck save with its bytes', async () => {
    const { dispatch, calls } = setup();
    expect((await dispatch('file:save', appEvent, [deck()])).ok).toBe(true);
    expect((calls[0]!.request as { bytes: Uint8Array }).bytes).toEqual(new Uint8Array([80, 75, 3, 4]));
  });

  it('accepts every file kind the screens save: decks, PDFs, book files, CSV and text', async () => {
    const { dispatch } = setup();
    for (const mimeType of [deck().mimeType, 'application/pdf', 'application/json', 'text/csv', 'text/plain']) {
      expect((await dispatch('file:save', appEvent, [{ ...deck(), mimeType }])).ok).toBe(true);
    }
  });

  it('refuses unknown channels', async () => {
    const { dispatch, calls, logged } = setup();
    const result = await dispatch('fs:write-anywhere', appEvent, [{ path: '/etc/passwd' }]);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unknown-channel', message: 'Fieldbook does not know this request.' },
    });
    expect(calls).toEqual([]);
    expect(logged).toEqual(['unknown-channel:fs:write-anywhere']);
  });

  it('refuses a sender that is not the app’s main frame, before reading the payload', async () => {
    const { dispatch, calls } = setup();
    const iframe: IpcEventLike = { sender: { id: 1 }, senderFrame: { url: 'app://fieldbook/index.html', parent: {} } };
    const result = await dispatch('token:get', iframe, [{ serverUrl: 'https://sync.example.com' }]);
    expect(result.ok === false && result.error.code).toBe('untrusted-sender');
    expect(calls).toEqual([]);
  });

  it.each([
    ['a number where text belongs', 'token:get', { serverUrl: 42 }],
    ['a missing field', 'token:set', { serverUrl: 'https://sync.example.com' }],
    ['an extra key (a smuggled path)', 'file:save', { ...deck(), path: '/home/csm/.bashrc' }],
    ['an extra key on an empty request', 'app:info', { debug: true }],
    ['a file type Fieldbook never writes', 'file:save', { ...deck(), mimeType: 'application/x-msdownload' }],
    ['bytes that are not bytes', 'file:save', { ...deck(), bytes: [80, 75, 3, 4] }],
    ['a file id that is a path', 'file:open', { fileId: '../../etc/passwd' }],
    ['a token with a newline', 'token:set', { serverUrl: 'https://sync.example.com', token: 'abc\nInjected: 1' }],
    ['a boolean as text', 'notify:set-enabled', { enabled: 'yes' }],
    ['null instead of an object', 'token:status', null],
    ['an array instead of an object', 'tray:set-enabled', [true]],
  ])('refuses %s', async (_label, channel, payload) => {
    const { dispatch, calls, logged } = setup();
    const result = await dispatch(channel, appEvent, [payload]);
    expect(result.ok === false && result.error.code).toBe('invalid-payload');
    expect(calls).toEqual([]);
    expect(logged).toEqual([`invalid-payload:${channel}`]);
  });

  it('refuses a 50 MB string without handing it to the handler', async () => {
    const { dispatch, calls } = setup();
    const huge = 'x'.repeat(50 * MB);
    for (const [channel, payload] of [
      ['token:set', { serverUrl: 'https://sync.example.com', token: huge }],
      ['notify:show', { title: 'Renewal', body: huge }],
      ['shell:open-external', { url: `https://example.com/${huge}` }],
    ] as const) {
      const result = await dispatch(channel, appEvent, [payload]);
      expect(result.ok === false && result.error.code).toBe('payload-too-large');
    }
    const nameTooLong = await dispatch('file:save', appEvent, [{ ...deck(), suggestedName: huge }]);
    expect(nameTooLong.ok === false && nameTooLong.error.code).toBe('invalid-payload');
    expect(calls).toEqual([]);
  });

  it('refuses a second argument', async () => {
    const { dispatch, calls } = setup();
    const result = await dispatch('token:status', appEvent, [{}, { extra: true }]);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-payload', message: 'Fieldbook refused a malformed request (one argument expected).' },
    });
    expect(calls).toEqual([]);
  });

  it('passes a ShellError’s message to the renderer and hides other failures', async () => {
    const { handlers } = setup();
    handlers['token:status'] = () => {
      throw new ShellError('folder-not-writable', 'Fieldbook can’t write to this folder — choose another.');
    };
    handlers['app:info'] = () => {
      throw new Error('ENOENT: /home/csm/secret/path');
    };
    const dispatch = createIpcDispatcher(handlers, trust, () => undefined);
    expect(await dispatch('token:status', appEvent, [{}])).toEqual({
      ok: false,
      error: { code: 'folder-not-writable', message: 'Fieldbook can’t write to this folder — choose another.' },
    });
    expect(await dispatch('app:info', appEvent, [{}])).toEqual({
      ok: false,
      error: { code: 'failed', message: 'Something went wrong in Fieldbook — try again.' },
    });
  });

  it('registers exactly the channels of the contract', () => {
    const registered: string[] = [];
    registerIpcHandlers({ handle: (channel) => registered.push(channel) }, setup().dispatch);
    expect(registered).toEqual([...INVOKE_CHANNELS]);
  });
});

describe('payload size budget', () => {
  it('counts strings, bytes and keys, and stops early on cycles and deep nesting', () => {
    expect(payloadBytes({ a: 'abc' }, 1000)).toBe(2 + 6);
    expect(payloadBytes({ bytes: new Uint8Array(100) }, 1000)).toBe(10 + 100);
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(payloadBytes(cyclic, 1000)).toBe(Number.POSITIVE_INFINITY);
    let deep: unknown = 'x';
    for (let i = 0; i < 40; i += 1) deep = [deep];
    expect(payloadBytes(deep, 1000)).toBe(Number.POSITIVE_INFINITY);
    expect(payloadBytes({ f: () => 1 }, 1000)).toBe(Number.POSITIVE_INFINITY);
  });
});
