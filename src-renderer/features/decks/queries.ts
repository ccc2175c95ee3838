import { useQuery } from '@tanstack/react-query';
import { decksDue, type DeckKind } from '../../../src-core/deck';
import { emptyBookTables } from '../../../src-core/model';
import type { Settings } from '../../../src-core/settings';
import { useDb } from '../../app/book-session';
import { useEffectiveSettings } from '../settings/queries';
import { currentInstant } from '../shared/clock';
import type { FieldbookDb } from '../../store/db';
import { dueWindow } from './deck-periods';
import { readDraft } from './deck-store';

/** Deck queries: outline drafts and the accounts due, all invalidated after a run. */
export const deckKeys = {
  all: ['decks'] as const,
  draft: (accountId: string, kind: DeckKind, periodKey: string) =>
    [...deckKeys.all, 'draft', accountId, kind, periodKey] as const,
  due: (kind: DeckKind, windowDays: number, today: string, settings: Settings | undefined) =>
    [...deckKeys.all, 'due', kind, windowDays, today, settings] as const,
};

export function useDeckDraft(accountId: string, kind: DeckKind, periodKey: string) {
  const db = useDb();
  return useQuery({
    queryKey: deckKeys.draft(accountId, kind, periodKey),
    queryFn: () => readDraft(db, accountId, kind, periodKey),
  });
}

/**
 * Who has a deck due reads only accounts and touchpoints — never the KPI series, which are most
 * of the book — so the list is quick on the page. QBRs follow the cadence's one rule (a QBR held,
 * not a deck generated), with the CSM's settings.
 */
export async function readDecksDue(
  db: FieldbookDb,
  kind: DeckKind,
  windowDays: number,
  today: string,
  settings: Settings,
  now: string,
) {
  const [accounts, activities] = await db.transaction('r', [db.accounts, db.activities], () =>
    Promise.all([db.accounts.toArray(), db.activities.toArray()]),
  );
  const book = { ...emptyBookTables(), accounts, activities };
  return decksDue(book, kind, dueWindow(today, windowDays), now, settings);
}

export function useDecksDue(kind: DeckKind, windowDays: number, today: string) {
  const db = useDb();
  const settings = useEffectiveSettings().data?.settings;
  return useQuery({
    queryKey: deckKeys.due(kind, windowDays, today, settings),
    queryFn: () => readDecksDue(db, kind, windowDays, today, settings!, currentInstant()),
    enabled: settings !== undefined,
  });
}
