/**
 * The names of every IPC channel between the renderer and the main process (STYLE rule 8:
 * `domain:action`, declared once). This file holds plain constants only, so the sandboxed
 * preload can import it without pulling in zod; the payload schemas live in `schemas.ts`.
 */
export const INVOKE_CHANNELS = [
  'file:save',
  'file:pick-book',
  'file:pick-import',
  'file:read-chunk',
  'file:choose-folder',
  'file:reveal',
  'file:open',
  'print:meeting-brief',
  'shell:open-external',
  'token:get',
  'token:set',
  'token:clear',
  'token:status',
  'server:configure',
  'notify:set-enabled',
  'notify:show',
  'tray:set-enabled',
  'app:info',
] as const;

export type InvokeChannel = (typeof INVOKE_CHANNELS)[number];

/** Main → renderer: a menu, tray or shortcut command for the screens to carry out. */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export const MENU_COMMANDS = [
  'new-note',
  'log-activity',
  'sync-now',
  'generate-qbr',
  'export-book',
  'find-account',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (INVOKE_CHANNELS as readonly string[]).includes(value);
}
