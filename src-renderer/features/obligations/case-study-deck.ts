import {
  buildCaseStudySpec,
  deckDataHash,
  deckFileName,
  deckRecordFor,
  renderDeck,
  type DeckSpec,
} from '../../../src-core/deck';
import type { CaseStudy } from '../../../src-core/model';
import type { Settings } from '../../../src-core/settings';
import { periodContaining, type Period } from '../../../src-core/time';
import { deckBrandingOf, deckTemplateOf } from '../../../src-core/user-settings';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import type { Platform } from '../../platform';
import type { Writer } from '../../store';
import type { AccountDetail } from '../../store/types';
import { loadBatchTemplate } from '../../workers/deck/generate-deck';
import type { SaveOutcome } from '../decks/deck-batch';
import { NO_CHOICES, type DeckChoices } from '../decks/deck-choices';
import { accountBook } from '../../../src-core/health';
import { saveDeck } from '../decks/save-deck';

type EffectiveBranding = Parameters<typeof deckBrandingOf>[0];

export interface CaseStudyDeckInput {
  detail: AccountDetail;
  study: CaseStudy;
  today: string;
  settings: Settings;
  branding: EffectiveBranding;
}

/** A case study covers the client's year so far, as the bonus judges it (DESIGN §9). */
export function caseStudyPeriod(today: string): Period {
  return periodContaining(today, 'year');
}

/**
 * The case-study spec: the same builder as `npm run deck -- --kind case-study`, on the agency's
 * branding. With no choices it is the outline the CSM reviews; with them, the deck to make.
 */
export function caseStudySpec(input: CaseStudyDeckInput, choices: DeckChoices = NO_CHOICES): DeckSpec {
  return buildCaseStudySpec({
    book: accountBook(input.detail),
    accountId: input.detail.account.id,
    period: caseStudyPeriod(input.today),
    branding: deckBrandingOf(input.branding),
    now: BROWSER_CLOCK.now(),
    settings: input.settings,
    caseStudyId: input.study.id,
    commentary: choices.commentary,
    omittedSlides: choices.omittedSlides,
    includedSlides: choices.includedSlides,
  });
}

/**
 * Makes the deck with the CSM's outline choices and saves it through the decks' one save path, so
 * it is recorded like a QBR (a DeckRecord in the account's deck history, synced) and can be
 * opened or emailed to the client for approval. One small deck, so it is built here, not in the
 * batch worker.
 */
export async function saveCaseStudyDeck(
  platform: Platform,
  writer: Writer,
  input: CaseStudyDeckInput,
  choices: DeckChoices,
): Promise<SaveOutcome> {
  const spec = caseStudySpec(input, choices);
  const template = await loadBatchTemplate(deckTemplateOf(input.branding));
  const bytes = await renderDeck(spec, template.template);
  const { account } = input.detail;
  const fileName = deckFileName(account.name, 'case_study', spec.period.key);
  const record = deckRecordFor({
    id: BROWSER_CLOCK.newId(),
    spec,
    sizeBytes: bytes.byteLength,
    fileName,
    dataHash: deckDataHash(accountBook(input.detail), account.id),
    ...choices,
    caseStudyId: input.study.id,
  });
  return saveDeck(
    platform,
    writer,
    {
      type: 'deck',
      index: 0,
      accountId: account.id,
      accountName: account.name,
      fileName,
      bytes: bytes.slice().buffer,
      record,
      warnings: [...spec.warnings, ...template.warnings],
    },
    'ask',
  );
}
