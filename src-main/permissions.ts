/**
 * Fieldbook needs no camera, microphone, location, MIDI, USB or web notifications (its
 * notifications come from main, opt-in). Every permission request and check is denied, except
 * two for the app's own page: writing to the clipboard ("copy talking points") and persistent
 * storage, so Chromium never evicts the local book and its unsynced edits.
 */
export interface PermissionSession {
  setPermissionRequestHandler(
    handler: (
      webContents: unknown,
      permission: string,
      callback: (granted: boolean) => void,
      details: { requestingUrl?: string },
    ) => void,
  ): void;
  setPermissionCheckHandler(
    handler: (webContents: unknown, permission: string, requestingOrigin: string) => boolean,
  ): void;
  setDevicePermissionHandler(handler: () => boolean): void;
}

const ALLOWED_FOR_APP = new Set(['clipboard-sanitized-write', 'persistent-storage']);

export function isPermissionAllowed(
  permission: string,
  origin: string | undefined,
  appOrigins: readonly string[],
): boolean {
  return (
    ALLOWED_FOR_APP.has(permission) && !!origin && appOrigins.some((o) => origin === o || origin.startsWith(`${o}/`))
  );
}

export function denyPermissionsByDefault(session: PermissionSession, appOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_wc, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details?.requestingUrl, appOrigins));
  });
  session.setPermissionCheckHandler((_wc, permission, origin) => isPermissionAllowed(permission, origin, appOrigins));
  session.setDevicePermissionHandler(() => false);
}
