import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { CaseStudy } from '../../../src-core/model';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePreference } from '../../app/preferences';
import { showToast } from '../../app/toasts';
import { usePlatform } from '../../platform';
import { createWriter } from '../../store';
import type { AccountDetail } from '../../store/types';
import { describeDeckFailure } from '../../workers/deck/generate-deck';
import { choicesForSlides, initialChoices, latestDeck, type DeckChoices } from '../decks/deck-choices';
import { outlineSlides } from '../decks/deck-outline';
import { buildOutline, OutlineGate } from '../decks/OutlineGate';
import { clearDraft } from '../decks/deck-store';
import { OutlineEditor } from '../decks/OutlineEditor';
import { deckKeys, useDeckDraft } from '../decks/queries';
import { useEffectiveSettings } from '../settings/queries';
import { Dialog } from '../shared/Dialog';
import { caseStudyPeriod, caseStudySpec, saveCaseStudyDeck } from './case-study-deck';
import '../decks/decks.css';

interface Props {
  detail: AccountDetail;
  study: CaseStudy | null;
  today: string;
  onClose(): void;
}

/**
 * The case-study deck goes through the same outline review as a QBR: every slide with its key
 * numbers, the empty ones left out unless put back, commentary per slide kept as a draft, then
 * generated, saved and recorded in the account's deck history.
 */
export function CaseStudyDeckDialog({ detail, study, today, onClose }: Props) {
  return (
    <Dialog title="Case-study deck: review the outline" open={study !== null} onClose={onClose}>
      {study && <CaseStudyOutline detail={detail} study={study} today={today} onDone={onClose} />}
    </Dialog>
  );
}

function CaseStudyOutline({
  detail,
  study,
  today,
  onDone,
}: Omit<Props, 'study' | 'onClose'> & { study: CaseStudy; onDone(): void }) {
  const settings = useEffectiveSettings();
  const periodKey = caseStudyPeriod(today).key;
  const draft = useDeckDraft(detail.account.id, 'case_study', periodKey);
  const generate = useGenerateCaseStudy(detail, study, today, onDone);
  const outline = useMemo(() => {
    if (!settings.data) return null;
    const input = { detail, study, today, settings: settings.data.settings, branding: settings.data.branding };
    return buildOutline(() => caseStudySpec(input));
  }, [detail, study, today, settings.data]);
  const earlier = latestDeck(detail.decks, 'case_study', periodKey);
  return (
    <OutlineGate outline={outline} pending={draft.isPending} className="dialog__body">
      {(spec) => (
        <div className="dialog__body case-study-outline">
          <p className="hint">
            <strong>{study.title}</strong> — written for the client and the public: every slide is client text, the
            quote is their own words from feedback.
          </p>
          <OutlineEditor
            accountId={detail.account.id}
            kind="case_study"
            periodKey={periodKey}
            spec={spec}
            initial={initialChoices(earlier?.caseStudyId === study.id ? earlier : null, draft.data ?? null)}
            disabled={generate.busy || !settings.data}
            onGenerate={(choices) => void generate.run(choicesForSlides(choices, outlineSlides(spec)))}
          />
        </div>
      )}
    </OutlineGate>
  );
}

/** Builds, saves and records the deck, reporting the outcome as a toast. */
function useGenerateCaseStudy(detail: AccountDetail, study: CaseStudy, today: string, onDone: () => void) {
  const platform = usePlatform();
  const db = useDb();
  const author = usePreference('authorName') ?? '';
  const settings = useEffectiveSettings();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async (choices: DeckChoices) => {
    if (!settings.data || busy) return;
    setBusy(true);
    try {
      const input = { detail, study, today, settings: settings.data.settings, branding: settings.data.branding };
      const saved = await saveCaseStudyDeck(platform, createWriter(db, BROWSER_CLOCK, author), input, choices);
      if (!saved.ok) {
        showToast('error', saved.message);
        return;
      }
      await clearDraft(db, detail.account.id, 'case_study', caseStudyPeriod(today).key);
      // The record re-reads by its table (app/refresh-by-table.ts); the draft lives apart from it.
      await queryClient.invalidateQueries({ queryKey: deckKeys.all });
      showToast('success', `Case-study deck saved as ${saved.deck.location}; it is in the account’s deck history.`);
      onDone();
    } catch (error) {
      showToast('error', describeDeckFailure(error));
    } finally {
      setBusy(false);
    }
  };
  return { busy, run };
}
