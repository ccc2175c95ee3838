import type { TalkingPoints } from '../../prep/talking-points';
import type { AccountData } from '../../prep/account-data';
import { containsDate, type Period } from '../../time';
import { formatMoney } from '../../metrics';
import { slotList } from '../clean-text';
import { BUDGET } from '../budgets';
import type { BulletsSlide, ColumnsSlide } from '../types';
import { notesText, periodRange } from './notes';

export const INSIGHT_HEADINGS = ['What’s working', 'What needs work', 'What we’re working on'] as const;

/**
 * The SOP's three-part insight. A monthly insight the CSM sent in the period is their own
 * words and wins; otherwise the talking points drafted from the period's data.
 */
export function insightSlide(data: AccountData, points: TalkingPoints, period: Period): ColumnsSlide {
  const sent = data.activities
    .filter(
      (a) =>
        a.kind === 'monthly_insight' && a.status === 'completed' && a.insight !== null && containsDate(period, a.at),
    )
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  const parts = sent?.insight
    ? [splitLines(sent.insight.working), splitLines(sent.insight.needsWork), splitLines(sent.insight.workingOn)]
    : [points.working, points.needsWork, points.workingOn];
  const empty = [
    'No results recorded for this period yet.',
    'Nothing stands out as needing attention.',
    'Nothing new is scheduled yet.',
  ];
  return {
    key: 'insight',
    kind: 'columns',
    title: 'What’s working and what’s next',
    optional: false,
    columns: INSIGHT_HEADINGS.map((heading, i) => {
      const items = slotList(parts[i]!, BUDGET.column.items, BUDGET.column.chars);
      return { heading, bullets: items.length > 0 ? items : [empty[i]!] };
    }),
    commentary: null,
    notes: notesText([
      sent
        ? `From the monthly insight sent on ${sent.at.slice(0, 10)} ("${sent.subject}").`
        : `Drafted from ${periodRange(period)}: KPI results against target and the period before, POWER goals, feedback, open work and account signals.`,
    ]),
  };
}

function splitLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean);
}

/** Wins and deliverables completed in the period, only from rows that record them. */
export function winsSlide(data: AccountData, points: TalkingPoints, period: Period, title: string): BulletsSlide {
  const done = data.tasks
    .filter((t) => t.status === 'done' && t.completedAt !== null && containsDate(period, t.completedAt))
    .sort((a, b) => (a.completedAt ?? '').localeCompare(b.completedAt ?? ''))
    .map((t) => `Delivered: ${t.title} (${(t.completedAt ?? '').slice(0, 10)})`);
  const won = data.opportunities
    .filter((o) => o.stage === 'won' && o.closedAt !== null && containsDate(period, o.closedAt))
    .map((o) => `Agreed: ${o.title} (+${formatMoney(o.amountCents)} a month)`);
  const referrals = data.referrals
    .filter((r) => containsDate(period, r.date))
    .map((r) => `Referral: ${r.referredName}`);
  const all = [...points.working, ...done, ...won, ...referrals];
  const bullets = slotList(all, BUDGET.bullets.items, BUDGET.bullets.chars);
  return {
    key: 'wins',
    kind: 'bullets',
    title,
    optional: true,
    bullets: bullets.length > 0 ? bullets : [`No wins recorded for ${period.label} yet.`],
    stats: [],
    commentary: null,
    notes: notesText([
      `Wins in ${periodRange(period)}: KPIs ahead of target or the period before, POWER goals reached, positive feedback;`,
      `deliverables are tasks completed in the period (${done.length}); also opportunities won (${won.length}) and referrals received (${referrals.length}).`,
    ]),
  };
}

/** Improvement opportunities: what needs work, and the risks to raise. */
export function opportunitiesSlide(points: TalkingPoints, period: Period): BulletsSlide {
  const items = slotList(
    [...new Set([...points.needsWork, ...points.risk])],
    BUDGET.bullets.items,
    BUDGET.bullets.chars,
  );
  return {
    key: 'improvements',
    kind: 'bullets',
    title: 'Improvement opportunities',
    optional: true,
    bullets: items.length > 0 ? items : [`Nothing behind target or at risk was recorded in ${period.label}.`],
    stats: [],
    commentary: null,
    notes: notesText([
      `From ${periodRange(period)}: KPIs behind target or falling against the period before, POWER goals behind schedule, negative feedback and risk signals in the last 90 days.`,
    ]),
  };
}
