import { clientText } from '../../audience';
import type { AccountData } from '../../prep/account-data';
import type { TalkingPoints } from '../../prep/talking-points';
import { formatMoney } from '../../metrics';
import { formatDay } from '../../time';
import { slotClientList, slotText } from '../clean-text';
import { BUDGET } from '../budgets';
import type { BulletsSlide } from '../types';
import { forYouNote, notesText } from './notes';

export const OPEN_STAGES: ReadonlySet<string> = new Set(['identified', 'qualified', 'proposed']);

/**
 * An expansion proposal, only when a trigger fired and an open opportunity frames it: the
 * client's problem, the solution, its expected impact and a pilot (the SOP's framing).
 */
export function expansionSlide(
  data: AccountData,
  points: TalkingPoints,
): { slide: BulletsSlide | null; warning: string | null } {
  const opp = data.opportunities
    .filter(
      (o) => o.kind !== 'renewal' && OPEN_STAGES.has(o.stage) && o.trigger !== null && o.trigger !== 'renewal_due',
    )
    .sort((a, b) => b.amountCents - a.amountCents || a.createdAt.localeCompare(b.createdAt))[0];
  if (!opp) {
    const warning =
      points.internal.expansion.length > 0
        ? `An expansion trigger fired for ${data.account.name} (${points.internal.expansion[0]}) but there is no open opportunity to frame it; add one to include an expansion proposal.`
        : null;
    return { slide: null, warning };
  }
  // The opportunity's problem, solution, impact and pilot are written as the proposal to the client.
  const bullets = [
    opp.problem && `The challenge: ${opp.problem}`,
    `The solution: ${opp.title}`,
    opp.expectedImpact && `Expected impact: ${opp.expectedImpact}`,
    opp.pilot && `Pilot: ${opp.pilot}`,
  ]
    .filter((b): b is string => typeof b === 'string' && b.length > 0)
    .map(clientText);
  return {
    warning: null,
    slide: {
      key: 'expansion',
      kind: 'bullets',
      title: `Proposal: ${slotText(opp.title, BUDGET.title - 10, { singleLine: true })}`,
      optional: true,
      stats: [
        // Trigger, pipeline stage and "upsell" are the agency's words: they stay in the notes.
        { label: 'Added each month', value: formatMoney(opp.amountCents), detail: 'Proposed', tone: 'neutral' },
        {
          label: 'Added over a year',
          value: formatMoney(opp.amountCents * 12),
          detail: '12 months at the monthly amount',
          tone: 'neutral',
        },
      ],
      bullets: slotClientList(bullets, BUDGET.bulletsUnderStats.items, BUDGET.bulletsUnderStats.chars),
      commentary: null,
      notes: notesText([
        `From the open ${opp.kind.replace('_', '-')} opportunity "${opp.title}" (created ${formatDay(opp.createdAt)}, stage ${opp.stage}, trigger ${opp.trigger}).`,
        'Amount is monthly value added.',
        forYouNote('what set it off', points.internal.expansion),
      ]),
    },
  };
}
