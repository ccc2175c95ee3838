import { clientText, type ClientText } from '../../audience';
import type { Contract, Opportunity } from '../../model';
import { labelOf } from '../../model/labels';
import { formatMoney } from '../../metrics';
import { ROI_DEFINITION, type AccountRoi } from '../../scorecard/account-roi';
import type { AccountData } from '../../prep/account-data';
import { addDays, daysBetween, formatDay } from '../../time';
import { slotClientList } from '../clean-text';
import { BUDGET } from '../budgets';
import type { BulletsSlide, ColumnsSlide, RenewalOption } from '../types';
import { OPEN_STAGES } from './commercial';
import { notesText } from './notes';
import { roiSentence, roiStat } from './roi';

/** The client decides a month before renewal, so paperwork never leaves a gap in service. */
export const DECISION_DAYS_BEFORE_RENEWAL = 30;
const MAX_GROWTH_OPTIONS = 2;

/** The active contract renewing within the planning window from today, soonest first. */
export function renewingContract(data: AccountData, today: string, windowDays: number): Contract | null {
  return (
    data.contracts
      .filter((c) => c.status === 'active' && c.renewalDate >= today && c.renewalDate <= addDays(today, windowDays))
      .sort((a, b) => a.renewalDate.localeCompare(b.renewalDate))[0] ?? null
  );
}

/** Renew as today, or renew with each expansion a trigger suggests (an open opportunity framing it). */
export function renewalOptions(data: AccountData, picked: readonly string[] | undefined): RenewalOption[] {
  const growth = data.opportunities
    .filter(
      (o) => o.kind !== 'renewal' && OPEN_STAGES.has(o.stage) && o.trigger !== null && o.trigger !== 'renewal_due',
    )
    .sort((a, b) => b.amountCents - a.amountCents || a.createdAt.localeCompare(b.createdAt))
    .slice(0, MAX_GROWTH_OPTIONS);
  const all = [
    { key: 'renew', label: 'Renew as today' },
    ...growth.map((o) => ({ key: `grow-${o.id}`, label: `Renew and add “${o.title}”` })),
  ];
  const wanted = picked === undefined ? null : new Set(picked.filter((k) => all.some((o) => o.key === k)));
  return all.map((o) => ({ ...o, picked: wanted === null || wanted.size === 0 ? true : wanted.has(o.key) }));
}

/**
 * The renewal proposal, when a contract renews within the planning window: what the agreement
 * delivered over its term (by the ROI rule, `accountRoi`), its services and price and the date a
 * decision is needed; then the options the CSM picked, side by side.
 */
export function renewalSlides(
  data: AccountData,
  today: string,
  r: AccountRoi,
  windowDays: number,
  picked: readonly string[] | undefined,
): { slides: [BulletsSlide, ColumnsSlide]; options: RenewalOption[] } | null {
  const contract = renewingContract(data, today, windowDays);
  if (!contract) return null;
  const decideBy = maxDate(today, addDays(contract.renewalDate, -DECISION_DAYS_BEFORE_RENEWAL));
  const options = renewalOptions(data, picked);
  const days = daysBetween(today, contract.renewalDate);
  const summary: BulletsSlide = {
    key: 'renewal',
    kind: 'bullets',
    title: 'Renewal: what the agreement delivered',
    optional: true,
    stats: [
      {
        label: 'Renews on',
        value: formatDay(contract.renewalDate),
        detail: `${days} days from ${formatDay(today)}`,
        tone: 'neutral',
      },
      roiStat(r),
      { label: 'Decision by', value: formatDay(decideBy), detail: 'So the new term starts on time', tone: 'neutral' },
    ],
    bullets: slotClientList(
      [
        roiSentence(r),
        clientText(
          `Today: ${formatMoney(contract.monthlyValueCents)} a month on a ${contract.termMonths}-month term${contract.services.length > 0 ? `, for ${contract.services.map(labelOf).join(', ')}` : ''}.`,
        ),
        clientText(
          `The options on the next slide; a decision by ${formatDay(decideBy)} keeps the service running without a gap.`,
        ),
      ],
      BUDGET.bulletsUnderStats.items,
      BUDGET.bulletsUnderStats.chars,
    ),
    commentary: null,
    notes: notesText([
      `Contract ${contract.id} renews on ${formatDay(contract.renewalDate)}, within ${windowDays} days of ${formatDay(today)} (the renewal planning window).`,
      `Value in the agreement year ${formatDay(r.year.start)} to ${formatDay(r.asOf)} by the ROI rule (the same figures as the ROI slide): ${ROI_DEFINITION}`,
      `Decision date: ${DECISION_DAYS_BEFORE_RENEWAL} days before renewal (or today if that has passed).`,
    ]),
  };
  return { slides: [summary, optionsSlide(data, contract, options, decideBy)], options };
}

function optionsSlide(data: AccountData, contract: Contract, options: RenewalOption[], decideBy: string): ColumnsSlide {
  const shown = options.filter((o) => o.picked);
  return {
    key: 'renewal-options',
    kind: 'columns',
    title: 'Renewal options',
    optional: true,
    columns: shown.map((o) => ({ heading: headingOf(o, shown), bullets: optionBullets(data, contract, o) })),
    commentary: null,
    notes: notesText([
      `Options you picked: ${shown.map((o) => o.label).join('; ')}. Growth options come from open opportunities a trigger set off; their amounts are monthly value added.`,
      `Ask for a decision by ${formatDay(decideBy)}.`,
    ]),
  };
}

/** Column headings are short (30 characters): the opportunity's name is the column's first line. */
function headingOf(option: RenewalOption, shown: readonly RenewalOption[]): string {
  if (option.key === 'renew') return 'Renew as today';
  const growth = shown.filter((o) => o.key !== 'renew');
  return growth.length === 1 ? 'Renew and grow' : `Renew and grow, option ${growth.indexOf(option) + 1}`;
}

function optionBullets(data: AccountData, contract: Contract, option: RenewalOption): ClientText[] {
  const today = formatMoney(contract.monthlyValueCents);
  if (option.key === 'renew')
    return [
      clientText(`${today} a month for ${contract.termMonths} months`),
      clientText(`Keeps ${contract.services.map(labelOf).join(', ') || 'the current services'} as they run today`),
    ];
  const opp = data.opportunities.find((o) => `grow-${o.id}` === option.key) as Opportunity;
  const total = formatMoney(contract.monthlyValueCents + opp.amountCents);
  return [
    clientText(`Plus: ${opp.title}`),
    clientText(`${total} a month (${today} + ${formatMoney(opp.amountCents)})`),
    ...(opp.expectedImpact ? [clientText(`Expected impact: ${opp.expectedImpact}`)] : []),
    ...(opp.pilot ? [clientText(`Start with a pilot: ${opp.pilot}`)] : []),
  ];
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}
