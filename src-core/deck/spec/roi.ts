import { clientText, type ClientText } from '../../audience';
import { formatMoney, formatPercent } from '../../metrics';
import { ROI_DEFINITION, type AccountRoi } from '../../scorecard/account-roi';
import { formatDay } from '../../time';
import type { ChartSlide, StatCard } from '../types';
import { chartSpec } from './chart-data';
import { notesText } from './notes';

/**
 * The QBR's ROI slide, from the one ROI function (`accountRoi`, seed 002's agreement-year rule)
 * that the scorecard and the President's Club check also read. Without a POWER goal that states
 * its value the slide has nothing to say: it is left out and listed with why, and if the CSM
 * includes it anyway it says there is no basis rather than printing "ROI 0%".
 */
export const NO_ROI_BASIS =
  'No basis for ROI yet: no POWER goal in this agreement year states what reaching it is worth to you.';

const MAX_GOAL_LINES = 4;

function yearWords(r: AccountRoi): string {
  return r.asOf < r.year.end
    ? `${formatDay(r.year.start)} to ${formatDay(r.asOf)} (so far)`
    : `${formatDay(r.year.start)} to ${formatDay(r.year.end)}`;
}

export function roiSlide(r: AccountRoi): ChartSlide {
  const base = {
    key: 'roi',
    kind: 'chart' as const,
    title: 'ROI: value delivered vs investment',
    bullets: [],
    commentary: null,
  };
  if (!r.hasBasis)
    return {
      ...base,
      optional: false,
      nothingToSay: `No POWER goal in the agreement year from ${formatDay(r.year.start)} states its value, so ROI has no basis yet.`,
      chart: { type: 'bar', categories: [], series: [], format: 'money', emptyNote: NO_ROI_BASIS },
      table: {
        columns: ['Item', 'Amount'],
        widths: [3, 2],
        align: ['left', 'right'],
        rows: [
          ['Investment', formatMoney(r.investmentCents)],
          ['ROI', 'No basis yet'],
        ],
      },
      notes: notesText([
        `Agreement year ${yearWords(r)}.`,
        'No goal in this agreement year has a value, so ROI is not shown as a percentage: record what each POWER goal is worth to the client to put this slide back.',
        ROI_DEFINITION,
      ]),
    };
  const {
    dropped: _dropped,
    leftOut: _leftOut,
    gaps: _gaps,
    ...chart
  } = chartSpec(
    'bar',
    ['Value delivered', 'Investment'],
    [
      {
        name: `${formatDay(r.year.start)} to ${formatDay(r.asOf)}`,
        values: [r.valueDeliveredCents / 100, r.investmentCents / 100],
      },
    ],
    'money',
  );
  const goalLines = r.achieved
    .slice(0, MAX_GOAL_LINES)
    .map((a) => [`${a.goal.title} (achieved ${formatDay(a.achievedOn)})`, formatMoney(a.goal.valueCents)]);
  return {
    ...base,
    optional: false,
    chart,
    table: {
      columns: ['Item', 'Amount'],
      widths: [3, 2],
      align: ['left', 'right'],
      rows: [
        ...goalLines,
        ['Value delivered', formatMoney(r.valueDeliveredCents)],
        ['Investment', formatMoney(r.investmentCents)],
        ['ROI', formatPercent(r.ratio)],
      ],
    },
    notes: notesText([
      `Agreement year ${yearWords(r)}.`,
      `Value delivered: ${r.achieved.length} POWER goal${r.achieved.length === 1 ? '' : 's'} achieved in the agreement year, each at its stated value.`,
      r.investmentFrom === 'invoices'
        ? `Investment: invoices issued in the agreement year so far (${formatMoney(r.invoicedCents)}).`
        : `Investment: the contract's monthly value for each month begun (${formatMoney(r.contractCents)}), because the invoices in the book (${formatMoney(r.invoicedCents)}) fall short of it.`,
      `ROI = value delivered ÷ investment = ${formatPercent(r.ratio)}; 100% means the client got back what they paid.`,
      ROI_DEFINITION,
    ]),
  };
}

/** The executive summary's ROI card: "No basis yet" instead of a percentage when no goal has a value. */
export function roiStat(r: AccountRoi): StatCard {
  if (!r.hasBasis)
    return {
      label: 'ROI (agreement year)',
      value: 'No basis yet',
      detail: 'No POWER goal has a value',
      tone: 'neutral',
    };
  return {
    label: 'ROI (agreement year)',
    value: formatPercent(r.ratio),
    detail: 'Value of goals achieved ÷ investment',
    tone: r.ratio === null ? 'neutral' : r.ratio >= 1 ? 'good' : 'bad',
  };
}

/** One sentence for the renewal conversation, from the same figures as the ROI slide. */
export function roiSentence(r: AccountRoi): ClientText {
  if (!r.hasBasis)
    return clientText(
      `${formatMoney(r.investmentCents)} invested this agreement year; no POWER goal states its value yet.`,
    );
  return clientText(
    `This agreement year so far: ${formatMoney(r.valueDeliveredCents)} of value delivered for ${formatMoney(r.investmentCents)} invested (${formatPercent(r.ratio)} ROI).`,
  );
}
