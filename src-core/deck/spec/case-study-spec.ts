import { clientText, type ClientText } from '../../audience';
import type { CaseStudy, Feedback } from '../../model';
import { producedOn } from '../../obligations/case-studies';
import type { AccountData } from '../../prep/account-data';
import { accountRoi, type AccountRoi } from '../../scorecard/account-roi';
import { csmTimeZone, DEFAULT_SETTINGS } from '../../settings';
import { formatDay, todayIn } from '../../time';
import { BUDGET } from '../budgets';
import { slotClientList } from '../clean-text';
import type { BulletsSlide, DeckInput, DeckSpec, SlideSpec } from '../types';
import { accountRows } from './account-rows';
import { assembleDeck, titleSlide } from './assemble';
import { goalSlides, measuredOn, periodGoals } from './goals';
import { accountKpis, kpiTrendSlide } from './kpis';
import { notesText } from './notes';
import { DeckInputError } from './qbr-spec';
import { roiSlide } from './roi';

/**
 * A one-account case study (issue 16; seed 001's HVAC story is the model): the situation, what was
 * done, the results as native charts from the same owners as the QBR (POWER goals, the first KPI's
 * trend, ROI), and the client's own words from their feedback. Every sentence is client text: the
 * CSM wrote the situation and what was done for publication, and the quote is the client's.
 */
export function buildCaseStudySpec(input: DeckInput & { caseStudyId?: string }): DeckSpec & { kind: 'case_study' } {
  const data = accountRows(input.book, input.accountId);
  if (!data) throw new DeckInputError(`Account "${input.accountId}" is not in the book.`);
  const study = pickStudy(data, input.caseStudyId);
  const { period, now } = input;
  const today = todayIn(now, csmTimeZone(input.settings ?? DEFAULT_SETTINGS));
  const kpi = accountKpis(data.metrics, period)[0];
  const quote = quoteOf(data, study);
  const slides: SlideSpec[] = [
    titleSlide(data.account, input, 'Case study', study.title),
    textSlide('situation', 'The situation', study.situation, 'the situation'),
    textSlide('what-we-did', 'What we did', study.whatWeDid, 'what was done'),
    ...goalSlides(
      'results',
      'The results: POWER goals',
      periodGoals(data.goals, data.metrics, period, today),
      period,
      today,
    ),
    ...(kpi ? [kpiTrendSlide(data.metrics, kpi, period, false)] : []),
    caseStudyRoiSlide(accountRoi(data, measuredOn(period, today))),
    quoteSlide(data, quote),
  ];
  return assembleDeck('case_study', input, data.account, slides, []);
}

/**
 * A published story shows results: the ROI slide may be left out, and is left out unless the CSM
 * puts it back when no POWER goal value has been delivered yet ("ROI 0%" is no case study).
 */
function caseStudyRoiSlide(roi: AccountRoi): SlideSpec {
  const slide = roiSlide(roi);
  if (slide.nothingToSay !== undefined || roi.valueDeliveredCents > 0) return { ...slide, optional: true };
  return { ...slide, optional: true, nothingToSay: 'No POWER goal reached yet in this agreement year to show as ROI.' };
}

function pickStudy(data: AccountData, id: string | undefined): CaseStudy {
  const studies = [...data.caseStudies].sort((a, b) =>
    (producedOn(b) ?? b.markedOn).localeCompare(producedOn(a) ?? a.markedOn),
  );
  const study = id ? studies.find((s) => s.id === id) : studies[0];
  if (!study) {
    throw new DeckInputError(
      id
        ? `Case study "${id}" is not in ${data.account.name}'s book.`
        : `${data.account.name} is not a case-study candidate yet: mark it on its Relationship tab first.`,
    );
  }
  return study;
}

function paragraphs(text: string): ClientText[] {
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map(clientText);
}

function textSlide(key: string, title: string, text: string, what: string): BulletsSlide {
  const lines = paragraphs(text);
  return {
    key,
    kind: 'bullets',
    title,
    optional: true,
    stats: [],
    bullets: slotClientList(lines, BUDGET.bullets.items, BUDGET.bullets.chars),
    commentary: null,
    notes: notesText([`The CSM's own words for ${what}, written for the client and the public on the case study.`]),
    ...(lines.length === 0 && { nothingToSay: `No words yet for ${what}: add them to the case study.` }),
  };
}

/** The picked feedback comment, or the latest promoter comment, or the latest comment at all. */
function quoteOf(data: AccountData, study: CaseStudy): Feedback | null {
  const said = data.feedback.filter((f) => f.comment.trim() !== '').sort((a, b) => b.date.localeCompare(a.date));
  const picked = study.quoteFeedbackId ? said.find((f) => f.id === study.quoteFeedbackId) : undefined;
  return picked ?? said.find((f) => (f.nps ?? 0) >= 9) ?? said[0] ?? null;
}

function quoteSlide(data: AccountData, quote: Feedback | null): BulletsSlide {
  const who = quote?.contactId ? data.contacts.find((c) => c.id === quote.contactId) : undefined;
  const by = who ? `— ${who.name}${who.title ? `, ${who.title}` : ''}, ${data.account.name}` : `— ${data.account.name}`;
  return {
    key: 'quote',
    kind: 'bullets',
    title: 'In the client’s words',
    optional: true,
    stats: [],
    bullets: quote ? [clientText(`“${quote.comment.trim()}”`), clientText(by)] : [],
    commentary: null,
    notes: notesText([
      quote ? `From the client's feedback of ${formatDay(quote.date)}.` : 'No feedback comment to quote.',
      'Ask the client before publishing their words.',
    ]),
    ...(quote === null && { nothingToSay: 'No feedback comment to quote yet.' }),
  };
}
