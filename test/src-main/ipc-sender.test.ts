import { describe, expect, it } from 'vitest';
import { isTrustedSender, type IpcEventLike } from '../../src-main/ipc-sender';

const trust = { appOrigins: ['app://fieldbook'], isAppWindow: (id: number) => id === 1 };
const event = (url: string, parent: unknown = null, id = 1): IpcEventLike => ({
  sender: { id },
  senderFrame: { url, parent },
});

describe('who may call the main process', () => {
  it('accepts the app window’s main frame at the app:// origin', () => {
    expect(isTrustedSender(event('app://fieldbook/index.html#/book'), trust)).toBe(true);
  });

  it('refuses a sub-frame, even one at the app origin', () => {
    expect(isTrustedSender(event('app://fieldbook/index.html', { url: 'app://fieldbook/index.html' }), trust)).toBe(
      false,
    );
  });

  it('refuses the app window once it shows another origin', () => {
    expect(isTrustedSender(event('https://evil.test/'), trust)).toBe(false);
    expect(isTrustedSender(event('file:///home/csm/page.html'), trust)).toBe(false);
    expect(isTrustedSender(event('app://fieldbook.evil.test/index.html'), trust)).toBe(false);
  });

  it('refuses a page in a window main did not create', () => {
    expect(isTrustedSender(event('app://fieldbook/index.html', null, 7), trust)).toBe(false);
  });

  it('refuses an event whose frame is gone', () => {
    expect(isTrustedSender({ sender: { id: 1 }, senderFrame: null }, trust)).toBe(false);
  });
});
