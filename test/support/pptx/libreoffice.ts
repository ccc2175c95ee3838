import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Converts decks to PDF with LibreOffice in ONE soffice call (startup dominates: ~1.6 s per
 * deck when batched). soffice exits 0 even when a conversion fails and prints blank pages
 * for broken slides, so the only checks that count are: the PDF exists, it has one page per
 * slide, and each slide's expected text is on its page (DESIGN §3).
 */
export interface PdfCheck {
  pptx: string;
  pdf: string;
  problems: string[];
  pages: number;
}

export async function convertToPdf(pptxPaths: string[], outDir: string): Promise<void> {
  await convertWithLibreOffice('pdf', pptxPaths, outDir);
}

/** One soffice call converting every file to `format` (pdf, odp…) in `outDir`, with a throwaway profile. */
export async function convertWithLibreOffice(format: string, paths: string[], outDir: string): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'fieldbook-soffice-'));
  try {
    await run(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...paths,
      ],
      { timeout: 180_000, maxBuffer: 10_000_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * What each page must show: the slide's title, or its plain-text start when the title holds
 * scripts a PDF font may not carry (the hostile deck); the cover's byline as a last resort.
 */
export function expectedText(slide: { kind: string; title: string }): string {
  const plain = /^[\x20-\x7E’—–]+/.exec(slide.title)?.[0]?.trim() ?? '';
  if (plain.length >= 4) return plain;
  return slide.kind === 'title' ? 'Prepared by' : slide.title;
}

export async function pdfPageCount(pdf: string): Promise<number> {
  const { stdout } = await run('pdfinfo', [pdf]);
  return Number(/^Pages:\s+(\d+)/m.exec(stdout)?.[1] ?? 0);
}

/** One page's text (1-based), read like every other page's (`pdfPagesText`). */
export async function pdfPageText(pdf: string, page: number): Promise<string> {
  return (await pdfPagesText(pdf))[page - 1] ?? '';
}

/** Every page's text from one pdftotext call (pages end in a form feed), not one call per page. */
async function pdfPagesText(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', pdf, '-'], { maxBuffer: 10_000_000 });
  return stdout.split('\f');
}

/** Whitespace-insensitive: LibreOffice wraps and spaces text its own way. */
function squash(s: string): string {
  return s.replace(/[\s\u200B]+/g, '').toLowerCase();
}

/**
 * Converts every deck and checks each against the titles it should show, page by page.
 * `expectedTitles[i][p]` is the title (or a fragment of it) expected on page p+1 of deck i.
 */
export async function checkWithLibreOffice(
  pptxPaths: string[],
  expectedTitles: string[][],
  outDir: string,
): Promise<PdfCheck[]> {
  await convertToPdf(pptxPaths, outDir);
  const results: PdfCheck[] = [];
  for (const [i, pptx] of pptxPaths.entries()) {
    const pdf = join(outDir, basename(pptx).replace(/\.pptx$/i, '.pdf'));
    const problems: string[] = [];
    if (!existsSync(pdf)) {
      results.push({ pptx, pdf, problems: ['LibreOffice produced no PDF'], pages: 0 });
      continue;
    }
    const titles = expectedTitles[i]!;
    const pages = await pdfPageCount(pdf);
    if (pages !== titles.length) problems.push(`${pages} pages for ${titles.length} slides`);
    const texts = await pdfPagesText(pdf);
    for (const [p, title] of titles.entries()) {
      if (p >= pages) break;
      if (!squash(texts[p] ?? '').includes(squash(title))) problems.push(`page ${p + 1} does not show "${title}"`);
    }
    results.push({ pptx, pdf, problems, pages });
  }
  return results;
}
