import { useMemo, useState } from 'react';
import { deckDataHash, type DeckKind } from '../../../src-core/deck';
import type { DeckRecord } from '../../../src-core/model';
import type { AccountDetail } from '../../store/types';
import { useEffectiveSettings } from '../settings/queries';
import { useToday } from '../shared/clock';
import { BatchProgress } from './BatchProgress';
import { deckBrandingOf } from '../../../src-core/user-settings';
import { DeckControls } from './DeckControls';
import { choicesForSlides, initialChoices, latestDeck } from './deck-choices';
import { accountBook } from '../../../src-core/health';
import { buildSpec, outlineSlides } from './deck-outline';
import { DeckHistory } from './DeckHistory';
import { defaultPeriodKey, periodOptions } from './deck-periods';
import { OutlineEditor } from './OutlineEditor';
import { buildOutline, OutlineGate } from './OutlineGate';
import { SendDeckDialog } from './SendDeckDialog';
import { useDeckDraft } from './queries';
import { useDeckRun, type DeckRunOptions } from './useDeckRun';
import { FeedbackMomentPrompt } from '../obligations/FeedbackMomentPrompt';
import './decks.css';

/**
 * The account's Decks tab: choose a QBR or value report and its period, review the outline
 * (key numbers, slides to leave out, commentary), generate, and see every deck made before.
 */
export function AccountDecksPanel({ detail, initialKind = 'qbr' }: { detail: AccountDetail; initialKind?: DeckKind }) {
  const today = useToday();
  const [kind, setKind] = useState<DeckKind>(initialKind);
  const [periodKey, setPeriodKey] = useState(() => defaultPeriodKey(initialKind, today));
  const deckRun = useDeckRun(`account:${detail.account.id}`);
  // The last deck saved here: a QBR deck or value report is a deliverable, so a feedback ask may follow.
  const [savedDeckId, setSavedDeckId] = useState<string | null>(null);
  const run = {
    ...deckRun,
    start: async (options: DeckRunOptions) => {
      const final = await deckRun.start(options);
      const last = final?.saved.at(-1);
      if (last) setSavedDeckId(last.recordId);
      return final;
    },
  };
  const running = run.state?.status === 'running';
  const accountId = detail.account.id;
  const book = useMemo(() => accountBook(detail), [detail]);
  const currentHash = useMemo(() => deckDataHash(book, accountId), [book, accountId]);
  const [sending, setSending] = useState<DeckRecord | null>(null);

  const generateAgain = (deck: DeckRecord) => {
    // A case-study deck is made again from its case study on the Relationship tab.
    if (deck.kind === 'case_study') return;
    setKind(deck.kind);
    setPeriodKey(deck.period);
    void run.start({
      kind: deck.kind,
      periodKey: deck.period,
      jobs: [
        {
          accountId,
          commentary: deck.commentary,
          omittedSlides: deck.omittedSlides,
          includedSlides: deck.includedSlides ?? [],
          ...(deck.renewalOptions && { renewalOptions: deck.renewalOptions }),
        },
      ],
      mode: 'ask',
    });
  };

  return (
    <div className="account-decks">
      <div className="account-decks__prompt">
        <FeedbackMomentPrompt
          detail={detail}
          causeId={savedDeckId}
          today={today}
          onDismiss={() => setSavedDeckId(null)}
        />
      </div>
      <section className="card" aria-labelledby="account-deck-title">
        <h2 id="account-deck-title" className="card__title">
          Generate a deck for {detail.account.name}
        </h2>
        <DeckControls
          idPrefix="account"
          kind={kind}
          periodKey={periodKey}
          periods={periodOptions(kind, today)}
          onKind={(k) => {
            setKind(k);
            setPeriodKey(defaultPeriodKey(k, today));
          }}
          onPeriod={setPeriodKey}
        />
        <OutlineLoader
          key={`${kind}:${periodKey}`}
          detail={detail}
          book={book}
          kind={kind}
          periodKey={periodKey}
          today={today}
          running={running}
          run={run}
        />
      </section>
      <div className="account-decks__side">
        {run.state && <BatchProgress state={run.state} onCancel={run.cancel} noun="deck" />}
        <section className="card" aria-labelledby="deck-history-title">
          <h2 id="deck-history-title" className="card__title">
            Decks generated
          </h2>
          <DeckHistory
            decks={detail.decks}
            currentHash={currentHash}
            disabled={running || !run.ready}
            onGenerateAgain={generateAgain}
            onEmail={setSending}
          />
        </section>
      </div>
      {sending && <SendDeckDialog detail={detail} deck={sending} open onClose={() => setSending(null)} />}
    </div>
  );
}

interface LoaderProps {
  detail: AccountDetail;
  book: ReturnType<typeof accountBook>;
  kind: DeckKind;
  periodKey: string;
  today: string;
  running: boolean;
  run: Pick<ReturnType<typeof useDeckRun>, 'start' | 'ready'>;
}

/** Waits for the branding, settings and any draft, then builds the outline once per kind and period. */
function OutlineLoader({ detail, book, kind, periodKey, today, running, run }: LoaderProps) {
  const accountId = detail.account.id;
  const settings = useEffectiveSettings();
  const draft = useDeckDraft(accountId, kind, periodKey);
  const outline = useMemo(() => {
    if (!settings.data) return null;
    const { branding, settings: chosen } = settings.data;
    return buildOutline(() =>
      buildSpec(kind, {
        book,
        accountId,
        periodKey,
        branding: deckBrandingOf(branding),
        settings: chosen,
        now: `${today}T12:00:00.000Z`,
      }),
    );
  }, [book, accountId, periodKey, kind, settings.data, today]);
  return (
    <OutlineGate outline={outline} pending={draft.isPending}>
      {(spec) => (
        <OutlineEditor
          accountId={accountId}
          kind={kind}
          periodKey={periodKey}
          spec={spec}
          initial={initialChoices(latestDeck(detail.decks, kind, periodKey), draft.data ?? null)}
          disabled={running || !run.ready}
          onGenerate={(choices) =>
            void run.start({
              kind,
              periodKey,
              jobs: [
                {
                  accountId,
                  ...choicesForSlides(
                    choices,
                    outlineSlides(spec),
                    spec.renewalOptions.map((o) => o.key),
                  ),
                },
              ],
              mode: 'ask',
            })
          }
        />
      )}
    </OutlineGate>
  );
}
