import { externalLinkTarget, isInAppUrl } from './trusted-url';

/**
 * Nothing the renderer shows may navigate the window away from the app or open a new window
 * (RELIABILITY 32). http(s) links go to the system browser instead; `<webview>` is refused.
 * Applied to every webContents main ever sees, via `web-contents-created`.
 */
export interface PreventableEvent {
  preventDefault(): void;
}

export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableEvent, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export function guardNavigation(
  contents: GuardedContents,
  appOrigins: readonly string[],
  openExternal: (url: string) => void,
): void {
  contents.on('will-navigate', (event, url) => {
    if (isInAppUrl(url, appOrigins)) return;
    event.preventDefault();
    const target = externalLinkTarget(url);
    if (target) openExternal(target);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isInAppUrl(url, appOrigins)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    const target = externalLinkTarget(url);
    if (target) openExternal(target);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
