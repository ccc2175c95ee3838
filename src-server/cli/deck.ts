import { dirname } from 'node:path';
import type { DeckSpec } from '../../src-core/deck';
import {
  buildCaseStudySpec,
  buildQbrSpec,
  DeckInputError,
  buildValueReportSpec,
  DEFAULT_BRANDING,
  deckKindLabel,
  renderDeck,
  type DeckInput,
  type DeckTemplate,
} from '../../src-core/deck';
import { csmTimeZone } from '../../src-core/settings';
import { periodContaining, previousPeriod, todayIn, type Period } from '../../src-core/time';
import { UsageError } from './args';
import { parseDeckArgs } from './deck/deck-args';
import { choicesFor } from './deck/deck-choices';
import { loadBook, loadLogo } from './deck/load-book';
import { outlineText } from './deck/outline-text';
import { accountsFor, ensureFolder, outputPaths } from './deck/targets';
import { readTemplateArg } from './deck/template-arg';
import { writeFileAtomic, WriteError } from './deck/write-atomic';
import { cliSettings } from './time-zone';

/**
 * `npm run deck -- --book FILE.json --account ID|--all --kind qbr|value-report [--period KEY]
 * [--template FILE] --out PATH` (DESIGN §8). "Now" is the earlier of the current time and the
 * book's export, so a deck from an old export describes the book as it was. Each deck carries the
 * CSM's choices (commentary, omissions, inclusions) from the book's last deck of that account,
 * kind and period unless the command names them; `--outline` reviews without writing. One
 * account failing does not stop the others.
 */
export async function runDeck(
  argv: readonly string[],
  currentTime: string,
): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  try {
    const args = parseDeckArgs(argv);
    const settings = cliSettings(args.tz);
    const book = loadBook(args.book);
    const template = await readTemplateArg(args.template);
    if (template) out.push(...template.lines);
    const now = Date.parse(book.exportedAt) < Date.parse(currentTime) ? book.exportedAt : currentTime;
    const today = todayIn(now, csmTimeZone(settings));
    // A case study tells the year so far; the others the last complete quarter or month.
    const period =
      args.period ??
      (args.kind === 'case_study'
        ? periodContaining(today, 'year')
        : lastCompletePeriod(args.kind === 'qbr' ? 'quarter' : 'month', today));
    const accounts = accountsFor(book.tables, args.account);
    const branding = {
      ...DEFAULT_BRANDING,
      agencyName: args.agency ?? DEFAULT_BRANDING.agencyName,
      logo: loadLogo(args.logo),
    };
    if (!args.outline) ensureFolder(args.account !== null && /\.pptx$/i.test(args.out) ? dirname(args.out) : args.out);
    const paths = outputPaths(args.out, args.account !== null, accounts, args.kind, period.key);
    let failed = 0;
    for (const [i, account] of accounts.entries()) {
      try {
        const choices =
          args.kind === 'case_study'
            ? {
                commentary: args.choices.commentary ?? {},
                omittedSlides: args.choices.omit ?? [],
                includedSlides: args.choices.include ?? [],
              }
            : choicesFor(book.tables, account.id, args.kind, period.key, args.choices);
        const input: DeckInput = {
          book: book.tables,
          accountId: account.id,
          period,
          branding,
          now,
          settings,
          ...choices,
        };
        const spec =
          args.kind === 'qbr'
            ? buildQbrSpec(input)
            : args.kind === 'value_report'
              ? buildValueReportSpec(input)
              : buildCaseStudySpec(input);
        if (args.outline) out.push(...outlineText(spec, `${account.name} — ${deckKindLabel(args.kind)} ${period.key}`));
        else out.push(...(await writeDeck(paths[i]!, spec, template?.template ?? null)));
        for (const w of spec.warnings) err.push(`Warning: ${w}`);
      } catch (e) {
        if (!(e instanceof WriteError) && !(e instanceof UsageError) && !(e instanceof DeckInputError)) throw e;
        failed++;
        err.push(e.message);
      }
    }
    if (accounts.length === 0) err.push('No active accounts in the book: nothing to write.');
    return { code: failed > 0 || accounts.length === 0 ? 1 : 0, out: out.join('\n'), err: err.join('\n') };
  } catch (e) {
    const message =
      e instanceof UsageError || e instanceof WriteError
        ? e.message
        : `Deck generation failed: ${(e as Error).message}`;
    return { code: 1, out: out.join('\n'), err: [...err, message.replace(/\s+/g, ' ').trim()].join('\n') };
  }
}

async function writeDeck(path: string, spec: DeckSpec, template: DeckTemplate | null): Promise<string[]> {
  const bytes = await renderDeck(spec, template);
  await writeFileAtomic(path, bytes);
  return [
    `Wrote ${path} (${spec.slides.length} slides, ${Math.round(bytes.length / 1024)} KB)`,
    ...spec.leftOut.map((l) => `  Left out "${l.slide.title}": ${l.reason}`),
  ];
}

/** The last quarter or month that ended before `today` (the CSM's day). */
export function lastCompletePeriod(kind: 'quarter' | 'month', today: string): Period {
  return previousPeriod(periodContaining(today, kind));
}

// Run as a command (src-server/cli/deck.ts, or out/server/deck.js once built), not when a test imports it.
const isMain = process.argv[1] !== undefined && /[\\/]deck\.[jt]s$/.test(process.argv[1]);
if (isMain) {
  const result = await runDeck(process.argv.slice(2), new Date().toISOString());
  if (result.out) process.stdout.write(`${result.out}\n`);
  if (result.err) process.stderr.write(`${result.err}\n`);
  process.exitCode = result.code;
}
