import { safeFileName } from '../../src-core/text/safe-file-name';

/**
 * The file name a browser download gets. Browsers sanitise names themselves; this only makes
 * sure the name is readable and ends in the extension of what is being saved.
 */
const EXTENSIONS: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
  'application/pdf': 'pdf',
  'application/json': 'json',
  'text/csv': 'csv',
  'text/plain': 'txt',
  'message/rfc822': 'eml',
  'text/calendar': 'ics',
  'application/zip': 'zip',
};

export function downloadFileName(suggestedName: string, mimeType: string): string {
  return safeFileName(suggestedName, EXTENSIONS[mimeType] ?? null);
}
