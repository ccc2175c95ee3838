import { parsePeriod, PeriodError, type Period } from '../../../src-core/time';
import type { DeckSpecKind } from '../../../src-core/deck';
import { parseCommandLine, requireOption, UsageError } from '../args';
import { readCommentary, slideKeys, type CliChoices } from './deck-choices';

/**
 * --all: every active account in the book (not churned), each into the --out folder.
 * --period: defaults to the last complete quarter (QBR) or month (value report) before the
 * book's export or today, whichever is earlier.
 */
export const DECK_USAGE =
  'usage: npm run deck -- --book FILE.json --account ID|--all --kind qbr|value-report|case-study [--period 2026-Q3|2026-09|2026] ' +
  '[--template FILE.potx|.pptx] --out PATH [--agency NAME] [--logo FILE.png] [--tz ZONE] [--outline] ' +
  '[--commentary FILE.json] [--omit KEY,KEY] [--include KEY,KEY] ' +
  '(--all: every active account; --outline prints the outline and writes nothing)';

export interface DeckArgs {
  book: string;
  /** null with --all. */
  account: string | null;
  kind: DeckSpecKind;
  /** null: the last complete quarter or month before now. */
  period: Period | null;
  out: string;
  agency: string | null;
  logo: string | null;
  template: string | null;
  /** Print each deck's outline (slides, key numbers, what is left out and why) and write nothing. */
  outline: boolean;
  choices: CliChoices;
  /** The CSM's time zone; undefined: the process's. */
  tz: string | undefined;
}

const KINDS: Record<string, DeckSpecKind> = { qbr: 'qbr', 'value-report': 'value_report', 'case-study': 'case_study' };

export function parseDeckArgs(argv: readonly string[]): DeckArgs {
  const { values } = parseCommandLine([...argv], {
    book: { type: 'string' },
    account: { type: 'string' },
    all: { type: 'boolean' },
    kind: { type: 'string' },
    period: { type: 'string' },
    out: { type: 'string' },
    agency: { type: 'string' },
    logo: { type: 'string' },
    template: { type: 'string' },
    outline: { type: 'boolean' },
    commentary: { type: 'string' },
    omit: { type: 'string' },
    include: { type: 'string' },
    tz: { type: 'string' },
  });
  const outline = (values as Record<string, unknown>).outline === true;
  const all = (values as Record<string, unknown>).all === true;
  const account = values.account ?? null;
  if (all && account !== null) throw new UsageError('Give either --account ID or --all, not both.');
  if (!all && (account === null || account.trim() === ''))
    throw new UsageError(`Missing --account ID or --all. ${DECK_USAGE}`);
  const kindText = requireOption(values, 'kind');
  const kind = KINDS[kindText];
  if (!kind) throw new UsageError(`--kind must be qbr, value-report or case-study, not "${kindText}".`);
  return {
    book: requireOption(values, 'book'),
    account: all ? null : account,
    kind,
    period: values.period === undefined ? null : deckPeriod(values.period, kind),
    out: outline ? (values.out ?? '') : requireOption(values, 'out'),
    agency: values.agency ?? null,
    logo: values.logo ?? null,
    template: values.template ?? null,
    outline,
    choices: {
      commentary: readCommentary(values.commentary),
      omit: slideKeys(values.omit),
      include: slideKeys(values.include),
    },
    tz: values.tz,
  };
}

function deckPeriod(key: string, kind: DeckSpecKind): Period {
  let period: Period;
  try {
    period = parsePeriod(key);
  } catch (e) {
    if (e instanceof PeriodError) throw new UsageError(e.message);
    throw e;
  }
  if (kind === 'qbr' && period.kind !== 'quarter')
    throw new UsageError(`A QBR covers a quarter: use --period like 2026-Q3, not "${key}".`);
  if (kind === 'value_report' && period.kind !== 'month')
    throw new UsageError(`A value report covers a month: use --period like 2026-09, not "${key}".`);
  if (kind === 'case_study' && period.kind === 'month')
    throw new UsageError(`A case study tells a year or a quarter: use --period like 2026 or 2026-Q3, not "${key}".`);
  return period;
}
