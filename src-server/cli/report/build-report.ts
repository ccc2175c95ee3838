import { accountHealth, indexBook, overrideSentence } from '../../../src-core/health';
import type { BookFile, HealthBand } from '../../../src-core/model';
import { obligationsJson, yearObligations, type YearObligations } from '../../../src-core/obligations';
import { csmScorecard, evaluationDay, isClientOn, type CsmScorecard } from '../../../src-core/scorecard';
import { csmTimeZone, type Settings } from '../../../src-core/settings';
import { endOfDayIn, parsePeriod, UTC } from '../../../src-core/time';

export interface ReportAccount {
  id: string;
  name: string;
  score: number;
  band: HealthBand;
  reasons: string[];
  /** Extra for the text report; not part of DESIGN §8's JSON. */
  computedBand: HealthBand;
  whatWouldMoveIt: string | null;
}

export interface Report {
  period: string;
  /** The figures and targets; the accounts behind each figure are the Scorecard screen's drill-down, not the report's. */
  scorecard: Omit<CsmScorecard, 'period' | 'accounts' | 'comp'> & { comp: Omit<CsmScorecard['comp'], 'accounts'> };
  /** The yearly obligations (issue 16), judged on the calendar year to the report's day. */
  obligations: YearObligations;
  accounts: ReportAccount[];
}

/**
 * The report's "now": the end of the period or the current time, whichever is earlier — a past
 * quarter is judged as it stood on its last day, the running one as it stands today. A book file
 * knows nothing after it was exported, so its `exportedAt` bounds it too: a book exported on
 * 15 September is not judged as if nobody had talked to a client for the two weeks after.
 */
export function reportNow(periodKey: string, currentTime: string, exportedAt?: string, zone: string = UTC): string {
  // The period ends at the close of its last day on the CSM's clock, not UTC's.
  const endOfPeriod = endOfDayIn(parsePeriod(periodKey).end, zone);
  const candidates = [endOfPeriod, new Date(Date.parse(currentTime)).toISOString()];
  if (exportedAt) candidates.push(new Date(Date.parse(exportedAt)).toISOString());
  return candidates.sort()[0] as string;
}

/** The scorecard and the health of every account that is a client on the report's day, worst first. */
export function buildReport(book: BookFile, periodKey: string, now: string, settings: Settings): Report {
  const period = parsePeriod(periodKey);
  const accounts = [...indexBook(book.tables).values()];
  const { period: _key, accounts: _behind, comp: full, ...figures } = csmScorecard(accounts, period, now, settings);
  const { accounts: _deals, ...comp } = full;
  const scorecard = { ...figures, comp };
  const zone = csmTimeZone(settings);
  const day = evaluationDay(period.end, now, zone);
  const health = accounts
    .filter((a) => isClientOn(a, day))
    .map((a): ReportAccount => {
      const h = accountHealth(a, now, settings);
      return {
        id: a.account.id,
        name: a.account.name,
        score: h.score,
        band: h.band,
        reasons: h.override ? [overrideSentence(h.override), ...h.reasons] : h.reasons,
        computedBand: h.computedBand,
        whatWouldMoveIt: h.whatWouldMoveIt?.summary ?? null,
      };
    })
    .sort((x, y) => x.score - y.score || x.name.localeCompare(y.name));
  return {
    period: period.key,
    scorecard,
    obligations: yearObligations(accounts, day, zone, settings),
    accounts: health,
  };
}

/** Exactly DESIGN §8's shape: `{ period, scorecard, obligations, accounts: [{ id, name, score, band, reasons }] }`. */
export function reportJson(report: Report): object {
  return {
    period: report.period,
    scorecard: report.scorecard,
    obligations: obligationsJson(report.obligations),
    accounts: report.accounts.map(({ id, name, score, band, reasons }) => ({ id, name, score, band, reasons })),
  };
}
