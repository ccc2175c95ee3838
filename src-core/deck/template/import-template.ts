import { looksLikeZip } from './package-read';
import { packTemplate } from './pack-template';
import { readTemplate, TemplateError } from './read-template';
import { MAX_KEPT_TEMPLATE_BYTES, MAX_TEMPLATE_FILE_BYTES, megabytes } from './template-limits';
import type { DeckTemplate } from './template-types';

/**
 * Importing the agency's PowerPoint template (Settings › Branding, `npm run deck -- --template`):
 * the file is checked, read, and cut down to what decks use. Every refusal is one message that
 * names the file, says why and what to do, and changes nothing.
 */
export type TemplateImport =
  | {
      ok: true;
      /** The kept template (a minimal .potx), stored with the branding. */
      kept: Uint8Array;
      template: DeckTemplate;
      /** What the decks will not take from the file, in plain words. */
      ignored: string[];
    }
  | { ok: false; message: string };

/** Checked on the file's size before its bytes are read, so a 500 MB file never reaches memory. */
export function templateFileTooLarge(name: string, sizeBytes: number): string | null {
  if (sizeBytes <= MAX_TEMPLATE_FILE_BYTES) return null;
  return refused(
    name,
    `is ${megabytes(sizeBytes)}; a template must be ${megabytes(MAX_TEMPLATE_FILE_BYTES)} or smaller. ` +
      'Delete its sample slides (or compress its pictures) and save it again as a PowerPoint Template (.potx)',
  );
}

export async function importTemplate(name: string, bytes: Uint8Array): Promise<TemplateImport> {
  const tooLarge = templateFileTooLarge(name, bytes.length);
  if (tooLarge) return { ok: false, message: tooLarge };
  if (bytes.length === 0) return { ok: false, message: refused(name, 'is empty') };
  if (!looksLikeZip(bytes))
    return { ok: false, message: refused(name, 'is not a PowerPoint template or presentation (.potx or .pptx)') };
  try {
    const { template, ignored } = await readTemplate(name, bytes);
    const kept = await packTemplate(template);
    if (kept.length > MAX_KEPT_TEMPLATE_BYTES)
      return {
        ok: false,
        message: refused(
          name,
          `keeps ${megabytes(kept.length)} of pictures on its master and layouts; at most ` +
            `${megabytes(MAX_KEPT_TEMPLATE_BYTES)} can travel with your branding. Compress its pictures ` +
            '(PowerPoint: Picture Format › Compress Pictures) and import it again',
        ),
      };
    return { ok: true, kept, template, ignored };
  } catch (e) {
    if (e instanceof TemplateError) return { ok: false, message: refused(name, e.message) };
    throw e;
  }
}

/** A template Fieldbook kept, read back for a deck; null (with why) when it can no longer be read. */
export async function loadTemplate(
  name: string,
  kept: Uint8Array,
): Promise<{ ok: true; template: DeckTemplate } | { ok: false; warning: string }> {
  try {
    return { ok: true, template: (await readTemplate(name, kept)).template };
  } catch (e) {
    if (!(e instanceof TemplateError)) throw e;
    return {
      ok: false,
      warning: `The agency template "${name}" could not be read (${e.message}); decks use your branding colours instead. Import it again in Settings › Branding.`,
    };
  }
}

function refused(name: string, why: string): string {
  return `Not imported: "${name}" ${why}. Nothing was changed.`;
}
