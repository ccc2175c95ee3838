import { z } from 'zod';
import type { InvokeChannel } from './channels';

/**
 * One payload schema per channel. Objects are strict (extra keys are refused: a compromised
 * renderer should not be able to smuggle options such as a path), strings are bounded, and
 * each channel has a byte budget checked before zod even looks at the payload.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this refuses.
const CONTROL_CHARS = /[\u0000-\u001F\u007F]/;

const plainText = (max: number) =>
  z
    .string()
    .max(max)
    .refine((s) => !CONTROL_CHARS.test(s), { message: 'contains control characters' });

/** What the renderer suggests as a file name; main sanitises it again before any use. */
const suggestedName = plainText(255).refine((s) => s.trim().length > 0, { message: 'is empty' });

/** File kinds Fieldbook writes. The extension comes from this list, never from the renderer. */
export const SAVE_FILE_TYPES = {
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': {
    extension: 'pptx',
    label: 'PowerPoint presentation',
  },
  'application/pdf': { extension: 'pdf', label: 'PDF document' },
  'application/json': { extension: 'json', label: 'Fieldbook book file' },
  'text/csv': { extension: 'csv', label: 'CSV spreadsheet' },
  'text/plain': { extension: 'txt', label: 'Text file' },
  'message/rfc822': { extension: 'eml', label: 'Email message' },
  'text/calendar': { extension: 'ics', label: 'Calendar (iCalendar)' },
  'application/zip': { extension: 'zip', label: 'Zip archive' },
} as const;
export type SaveMimeType = keyof typeof SAVE_FILE_TYPES;
const mimeType = z.enum(Object.keys(SAVE_FILE_TYPES) as [SaveMimeType, ...SaveMimeType[]]);

const serverUrl = plainText(2048);
const fileId = z.string().regex(/^[0-9a-f-]{8,64}$/, { message: 'is not a file id' });
const empty = z.strictObject({});

export const MAX_SAVE_BYTES = 256 * 1024 * 1024;
const SMALL = 64 * 1024;

export const IPC_REQUEST_SCHEMAS = {
  'file:save': z.strictObject({
    suggestedName,
    mimeType,
    bytes: z
      .custom<Uint8Array>((v) => v instanceof Uint8Array, { message: 'is not file contents' })
      .refine((b) => b.byteLength <= MAX_SAVE_BYTES, { message: 'is too large' }),
    destination: z.enum(['ask', 'remembered-folder']),
  }),
  'file:pick-book': empty,
  'file:pick-import': empty,
  'file:read-chunk': z.strictObject({ fileId, offset: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER) }),
  'file:choose-folder': empty,
  'file:reveal': z.strictObject({ fileId }),
  'file:open': z.strictObject({ fileId }),
  'print:meeting-brief': z.strictObject({ suggestedName }),
  'shell:open-external': z.strictObject({ url: z.string().max(8192) }),
  'token:get': z.strictObject({ serverUrl }),
  'token:set': z.strictObject({
    serverUrl,
    token: z
      .string()
      .min(1)
      .max(4096)
      .regex(/^[\x21-\x7E]+$/, { message: 'is not a token' }),
  }),
  'token:clear': z.strictObject({ serverUrl }),
  'token:status': empty,
  'server:configure': z.strictObject({ serverUrl: serverUrl.nullable() }),
  'notify:set-enabled': z.strictObject({ enabled: z.boolean() }),
  'notify:show': z.strictObject({ title: plainText(200), body: plainText(1000) }),
  'tray:set-enabled': z.strictObject({ enabled: z.boolean() }),
  'app:info': empty,
} satisfies Record<InvokeChannel, z.ZodType>;

export type IpcRequests = { [C in InvokeChannel]: z.infer<(typeof IPC_REQUEST_SCHEMAS)[C]> };

/** Byte budget per channel, checked before parsing so a 50 MB string is refused cheaply. */
export const IPC_MAX_BYTES: Record<InvokeChannel, number> = {
  'file:save': MAX_SAVE_BYTES + SMALL,
  'file:pick-book': SMALL,
  'file:pick-import': SMALL,
  'file:read-chunk': SMALL,
  'file:choose-folder': SMALL,
  'file:reveal': SMALL,
  'file:open': SMALL,
  'print:meeting-brief': SMALL,
  'shell:open-external': SMALL,
  'token:get': SMALL,
  'token:set': SMALL,
  'token:clear': SMALL,
  'token:status': SMALL,
  'server:configure': SMALL,
  'notify:set-enabled': SMALL,
  'notify:show': SMALL,
  'tray:set-enabled': SMALL,
  'app:info': SMALL,
};
