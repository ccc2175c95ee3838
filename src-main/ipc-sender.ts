import { originOf } from './trusted-url';

/**
 * Only the app's own top-level page may call main. A frame inside it (an iframe a future bug
 * lets in), another window's page, or the app navigated elsewhere gets nothing.
 */
export interface SenderFrameLike {
  url: string;
  parent: unknown;
}

export interface IpcEventLike {
  sender: { id: number };
  senderFrame: SenderFrameLike | null;
}

export interface SenderTrust {
  /** `app://fieldbook`, plus the dev server origin in development. */
  appOrigins: readonly string[];
  /** webContents ids of the windows main created. */
  isAppWindow(webContentsId: number): boolean;
}

export function isTrustedSender(event: IpcEventLike, trust: SenderTrust): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!trust.isAppWindow(event.sender.id)) return false;
  const origin = originOf(frame.url);
  return origin !== null && trust.appOrigins.includes(origin);
}
