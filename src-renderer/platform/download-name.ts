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

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what this removes.
const UNSAFE = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;

export function downloadFileName(suggestedName: string, mimeType: string): string {
  const extension = EXTENSIONS[mimeType];
  let stem = suggestedName
    .normalize('NFC')
    .replace(UNSAFE, '_')
    .replace(/\.{2,}/g, '.')
    .trim();
  if (extension && stem.toLowerCase().endsWith(`.${extension}`)) stem = stem.slice(0, -(extension.length + 1));
  stem = stem.replace(/^[\s._]+|[\s.]+$/g, '').slice(0, 150) || 'Fieldbook file';
  return extension ? `${stem}.${extension}` : stem;
}
