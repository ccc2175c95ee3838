import type { Note } from '../model';
import { addDays } from '../time/dates';
import { clientInstant, type AccountPlan } from './account-plan';
import type { People } from './cadence-activities';
import { instant, scopedRow, type DemoContext } from './context';
import { HVAC_STORY } from './hvac-story';

const first = (name: string) => name.split(' ')[0] ?? name;

function templates(plan: AccountPlan, people: People): Record<AccountPlan['trajectory'], string[]> {
  const owner = first(people.owner.name);
  const primary = first(people.primary.name);
  const kw = plan.industry.keywords[0] ?? '';
  return {
    thriving: [
      `${owner} called to say the phones have not stopped since "${kw}" hit the top 3. Asked for a case-study interview — said yes.`,
      `${primary} forwarded a 5-star review that mentions finding them on Google. Shared it with the team.`,
      `Booked out two to three weeks. Worth raising capacity and a second service area at the next QBR.`,
    ],
    steady: [
      `${primary} is happy with lead quality; wants fewer out-of-area calls. Tightened the location targeting.`,
      `${owner} prefers the printed report for the partners meeting — send a PDF too.`,
      `Quiet month on their side; nothing urgent. Keep the cadence.`,
    ],
    flat: [
      `Results flat for two months. ${owner} did not complain but asked "what's next?" — prepare options before the QBR.`,
      `${primary} is stretched thin; form leads sit for a day before anyone calls back. Offer a call-back script.`,
      `Competitor opened two miles away and is bidding on their name. Watch brand CPC.`,
    ],
    declining: [
      `${owner} short on the last call. Leads down three months running; needs a recovery plan, not a report.`,
      `Invoice paid late again; ${primary} says cash is tight after a slow quarter.`,
      `Asked to cut the ad budget next month. Discuss ROI before agreeing.`,
    ],
  };
}

/** A few realistic CSM notes per account, newest last; the HVAC story's notes tell its arc. */
export function noteRows(ctx: DemoContext, plan: AccountPlan, people: People): Note[] {
  const { rng } = plan;
  const end = plan.churnedAt ?? ctx.asOf;
  const texts =
    plan.role === 'story'
      ? storyNotes(people)
      : rng.shuffle(templates(plan, people)[plan.trajectory]).slice(0, rng.int(2, 3));
  const span = Math.max(10, Math.min(150, (Date.parse(end) - Date.parse(plan.startedAt)) / 86_400_000 - 3));
  return texts.map((body, i) => {
    const daysBack =
      plan.role === 'story'
        ? (STORY_NOTE_DAYS_BACK[i] ?? 1)
        : Math.round(span * (1 - i / texts.length)) - rng.int(0, 5);
    const day = addDays(end, -daysBack);
    const createdAt = clientInstant(plan, day > end ? end : day, rng.int(9 * 60, 17 * 60));
    const stamp = createdAt < ctx.now ? createdAt : instant(ctx.asOf, 8 * 60 + 30, ctx.zone);
    return {
      ...scopedRow(ctx, plan.id, stamp),
      body,
      createdAt: stamp,
      authorName: ctx.owner.name,
      pinned: plan.role === 'story' && i === 0,
      conflictOf: null,
    };
  });
}

/** When the story's notes were written: at the contract's start, after the first flat month, after the second skipped review. */
const STORY_NOTE_DAYS_BACK = [175, 40, 12];

function storyNotes(people: People): string[] {
  const owner = first(people.owner.name);
  return [
    `SEO + content started ${HVAC_STORY.contractAgeMonths} months ago. ${owner}'s goal: more repair calls, not just traffic.`,
    `Traffic is up but ${owner} says the phone isn't ringing more. Check which pages the new visitors land on.`,
    `${owner} skipped the monthly review again. Second month in a row. Renewal in about ${HVAC_STORY.renewalInDays} days.`,
  ];
}
