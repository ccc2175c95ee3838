import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeckKind } from '../../../src-core/deck';
import { useDb } from '../../app/book-session';
import type { DeckDraft } from './deck-choices';
import { writeDraft } from './deck-store';
import { deckKeys } from './queries';

/** Outline choices kept as the CSM edits them, before any deck is generated. */
export function useSaveDeckDraft(accountId: string, kind: DeckKind, periodKey: string) {
  const db = useDb();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: DeckDraft) => writeDraft(db, accountId, kind, periodKey, draft),
    onSuccess: (_r, draft) => queryClient.setQueryData(deckKeys.draft(accountId, kind, periodKey), draft),
    meta: { action: 'keeping your deck commentary' },
  });
}
