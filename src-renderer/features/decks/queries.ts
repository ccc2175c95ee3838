import { useQuery } from '@tanstack/react-query';
import {
  decksDue,
  describeTemplate,
  loadTemplate,
  type DeckKind,
  type DeckSpecKind,
  type TemplateSummary,
} from '../../../src-core/deck';
import { fromBase64 } from '../../../src-core/deck/logo';
import type { StoredTemplate } from '../../../src-core/user-settings';
import { emptyBookTables } from '../../../src-core/model';
import type { Settings } from '../../../src-core/settings';
import { useDb } from '../../app/book-session';
import { useEffectiveSettings } from '../settings/queries';
import { currentInstant } from '../shared/clock';
import type { FieldbookDb } from '../../store/db';
import { dueWindow } from './deck-periods';
import { deckKeys } from './deck-keys';
import { readDraft } from './deck-store';

export { deckKeys };

/** What an imported template gives the decks (size, fonts, chart colours, layouts, logo), read from its kept bytes. */
export function useTemplateSummary(template: StoredTemplate) {
  return useQuery({
    queryKey: deckKeys.template(template),
    staleTime: Number.POSITIVE_INFINITY,
    queryFn: async (): Promise<TemplateSummary | { problem: string }> => {
      const bytes = fromBase64(template.base64);
      const loaded = bytes ? await loadTemplate(template.name, bytes) : null;
      if (!loaded?.ok) return { problem: loaded?.warning ?? 'The stored template is damaged. Import it again.' };
      return describeTemplate(loaded.template);
    },
  });
}

export function useDeckDraft(accountId: string, kind: DeckSpecKind, periodKey: string) {
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
