import { clientText, isForClient, type ClientText } from '../../audience';
import type { TalkingPoints } from '../../prep/talking-points';
import type { AccountData } from '../../prep/account-data';
import { containsDate, formatDay, type Period } from '../../time';
import { formatMoney } from '../../metrics';
import { slotClientList } from '../clean-text';
import { BUDGET } from '../budgets';
import type { BulletsSlide, ColumnsSlide } from '../types';
import { forYouNote, notesText, periodRange } from './notes';

export const INSIGHT_HEADINGS = ['What’s working', 'What needs work', 'What we’re working on'] as const;
const PARTS = ['working', 'needsWork', 'workingOn'] as const;

/**
 * The SOP's three-part insight. A monthly insight the CSM sent in the period is their own
 * words, already read by the client, and wins; otherwise the client's talking points drafted
 * from the period's data (never the CSM's own to-dos or risks: those are `internal`).
 */
export function insightSlide(data: AccountData, points: TalkingPoints, period: Period): ColumnsSlide {
  const sent = data.activities
    .filter(
      (a) =>
        a.kind === 'monthly_insight' && a.status === 'completed' && a.insight !== null && containsDate(period, a.at),
    )
    .sort((a, b) => b.at.localeCompare(a.at))[0];
  const client = points.client;
  const parts = sent?.insight
    ? [splitLines(sent.insight.working), splitLines(sent.insight.needsWork), splitLines(sent.insight.workingOn)]
    : PARTS.map((p) => client[p]);
  const empty = parts.every((p) => p.length === 0);
  return {
    key: 'insight',
    kind: 'columns',
    title: 'What’s working and what’s next',
    optional: false,
    columns: INSIGHT_HEADINGS.map((heading, i) => {
      const items = slotClientList(parts[i]!, BUDGET.column.items, BUDGET.column.chars);
      return { heading, bullets: items.length > 0 ? items : [client.whenEmpty[PARTS[i]!]] };
    }),
    commentary: null,
    notes: notesText([
      sent
        ? `From the monthly insight sent on ${formatDay(sent.at)} ("${sent.subject}").`
        : `Drafted from ${periodRange(period)}: KPI results against target and the period before, POWER goals, feedback, and open tasks you marked for the client.`,
    ]),
    ...(empty && { nothingToSay: `No results, goals, feedback or client plan items for ${period.label}.` }),
  };
}

/** Lines of an insight the CSM sent to the client: their own words, already the client's to read. */
function splitLines(text: string): ClientText[] {
  return text
    .split('\n')
    .map((l) => l.replace(/^\s*[-•*]\s*/, '').trim())
    .filter(Boolean)
    .map(clientText);
}

/** Wins and deliverables completed in the period, only from rows that record them. */
export function winsSlide(data: AccountData, points: TalkingPoints, period: Period, title: string): BulletsSlide {
  // A deliverable is a task marked for the client; the CSM's own chores are not wins to show.
  const done = data.tasks
    .filter((t) => t.status === 'done' && t.completedAt !== null && containsDate(period, t.completedAt))
    .filter(isForClient)
    .sort((a, b) => (a.completedAt ?? '').localeCompare(b.completedAt ?? ''))
    .map((t) => clientText(`Delivered: ${t.title} (${formatDay(t.completedAt!)})`));
  const won = data.opportunities
    .filter((o) => o.stage === 'won' && o.closedAt !== null && containsDate(period, o.closedAt))
    .map((o) => clientText(`Agreed: ${o.title} (+${formatMoney(o.amountCents)} a month)`));
  const referrals = data.referrals
    .filter((r) => containsDate(period, r.date))
    .map((r) => clientText(`Referral: ${r.referredName}`));
  const all = [...points.client.working, ...done, ...won, ...referrals];
  const bullets = slotClientList(all, BUDGET.bullets.items, BUDGET.bullets.chars);
  return {
    key: 'wins',
    kind: 'bullets',
    title,
    optional: true,
    bullets: bullets.length > 0 ? bullets : [clientText(`No wins recorded for ${period.label} yet.`)],
    stats: [],
    commentary: null,
    notes: notesText([
      `Wins in ${periodRange(period)}: KPIs ahead of target or the period before, POWER goals reached, positive feedback;`,
      `deliverables are tasks marked for the client and completed in the period (${done.length}); also opportunities won (${won.length}) and referrals received (${referrals.length}).`,
    ]),
    ...(all.length === 0 && {
      nothingToSay:
        `No wins were recorded for ${period.label}: no KPI on target or improving, ` +
        'no POWER goal reached, no deliverable for the client completed.',
    }),
  };
}

/**
 * Improvement opportunities: what needs work, said to the client. The risks behind the account's
 * health (a competitor, a cancellation threat, unpaid invoices) are for the presenter's notes.
 */
export function opportunitiesSlide(points: TalkingPoints, period: Period): BulletsSlide {
  const items = slotClientList([...new Set(points.client.needsWork)], BUDGET.bullets.items, BUDGET.bullets.chars);
  return {
    key: 'improvements',
    kind: 'bullets',
    title: 'Improvement opportunities',
    optional: true,
    bullets: items.length > 0 ? items : [points.client.whenEmpty.needsWork],
    stats: [],
    commentary: null,
    notes: notesText([
      `From ${periodRange(period)}: KPIs under target or falling against the period before, POWER goals behind schedule and negative feedback.`,
      forYouNote('risks to address (signals in the last 90 days, payments, skipped meetings)', points.internal.risk),
    ]),
    ...(items.length === 0 && { nothingToSay: points.client.whenEmpty.needsWork }),
  };
}
