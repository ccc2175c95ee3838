import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { describeTemplate, importTemplate, templateFileTooLarge, type DeckTemplate } from '../../../src-core/deck';
import { UsageError } from '../args';

/**
 * `--template FILE.potx|.pptx`: the agency's template, checked as Settings › Branding checks it.
 * A file that cannot be used stops the command before any deck is written.
 */
export async function readTemplateArg(
  path: string | null,
): Promise<{ template: DeckTemplate; lines: string[] } | null> {
  if (path === null) return null;
  const name = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    throw new UsageError(
      `Cannot read the template ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`,
    );
  }
  const tooLarge = templateFileTooLarge(name, size);
  if (tooLarge) throw new UsageError(tooLarge);
  const result = await importTemplate(name, new Uint8Array(readFileSync(path)));
  if (!result.ok) throw new UsageError(result.message);
  const s = describeTemplate(result.template);
  const lines = [`Template ${name}: ${s.size}, ${s.fonts}; layouts ${s.layouts.join(', ') || 'none (the master)'}.`];
  for (const what of result.ignored) lines.push(`  Not carried into decks: ${what}`);
  return { template: result.template, lines };
}
