import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deckKindLabel, type DeckSpecKind } from '../../../src-core/deck';
import type { DeckRecord } from '../../../src-core/model';
import { parsePeriod } from '../../../src-core/time';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { useAccountWrite } from '../account/mutations';
import { useDb } from '../../app/book-session';
import type { DeckDraft } from './deck-choices';
import { writeDraft } from './deck-store';
import { deckKeys } from './queries';

/** Outline choices kept as the CSM edits them, before any deck is generated. */
export function useSaveDeckDraft(accountId: string, kind: DeckSpecKind, periodKey: string) {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: DeckDraft) => writeDraft(db, accountId, kind, periodKey, draft),
    onSuccess: (_r, draft) => queryClient.setQueryData(deckKeys.draft(accountId, kind, periodKey), draft),
    meta: { action: 'keeping your deck commentary' },
  });
}

/**
 * A deck emailed to the client, on the account's timeline as a QBR or value report sent: an
 * outbound touchpoint naming the contacts it went to (written with its outbox entry, so it syncs).
 */
export const useRecordDeckSent = (accountId: string) =>
  useAccountWrite(
    accountId,
    (w, sent: { deck: DeckRecord; to: { contactId: string; name: string }[]; attached: boolean }) => {
      const what = `${deckKindLabel(sent.deck.kind)} ${parsePeriod(sent.deck.period).label}`;
      return w.logActivity({
        accountId,
        // A case study goes to the client for approval: an email on the timeline, not a QBR or report sent.
        kind: sent.deck.kind === 'case_study' ? 'email' : sent.deck.kind,
        status: 'completed',
        direction: 'outbound',
        at: BROWSER_CLOCK.now(),
        durationMinutes: 0,
        subject: `${what} sent to ${sent.to.map((t) => t.name).join(', ')}`.slice(0, 300),
        outcome: sent.attached
          ? `Emailed with ${sent.deck.fileName} attached.`
          : `Emailed; ${sent.deck.fileName} attached by hand.`,
        attendeeIds: sent.to.map((t) => t.contactId).slice(0, 50),
        insight: null,
      });
    },
    { action: 'recording the deck as sent', successMessage: 'Recorded on the timeline as sent.' },
  );
