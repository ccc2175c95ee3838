import { buildCaseStudySpec, deckFileName, renderDeck } from '../../../src-core/deck';
import type { CaseStudy } from '../../../src-core/model';
import { periodContaining } from '../../../src-core/time';
import { deckBrandingOf, deckTemplateOf } from '../../../src-core/user-settings';
import type { Settings } from '../../../src-core/settings';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import type { Platform } from '../../platform';
import type { AccountDetail } from '../../store/types';
import { loadBatchTemplate } from '../../workers/deck/generate-deck';
import { accountBook } from '../../../src-core/health';
import { PPTX_MIME } from '../decks/save-deck';

type EffectiveBranding = Parameters<typeof deckBrandingOf>[0];

/**
 * The case-study deck of one study: the same spec builder and renderer as `npm run deck -- --kind
 * case-study`, on the agency's branding and template, covering the year so far. One small deck,
 * so it is built here rather than in the batch worker; it is a one-off file, not a DeckRecord.
 */
export async function saveCaseStudyDeck(
  platform: Platform,
  detail: AccountDetail,
  study: CaseStudy,
  today: string,
  settings: Settings,
  branding: EffectiveBranding,
): Promise<{ saved: true; location: string; fileId?: string } | { saved: false; message: string | null }> {
  const period = periodContaining(today, 'year');
  const spec = buildCaseStudySpec({
    book: accountBook(detail),
    accountId: detail.account.id,
    period,
    branding: deckBrandingOf(branding),
    now: BROWSER_CLOCK.now(),
    settings,
    caseStudyId: study.id,
  });
  const template = await loadBatchTemplate(deckTemplateOf(branding));
  const bytes = await renderDeck(spec, template.template);
  const saved = await platform.saveFile({
    suggestedName: deckFileName(detail.account.name, 'case_study', period.key),
    mimeType: PPTX_MIME,
    bytes,
    destination: 'ask',
  });
  if (saved.saved) return { saved: true, location: saved.location, fileId: saved.fileId };
  return {
    saved: false,
    message: saved.reason === 'cancelled' ? null : (saved.message ?? 'The deck could not be saved.'),
  };
}
