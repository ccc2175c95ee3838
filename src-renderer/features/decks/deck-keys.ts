import type { DeckKind, DeckSpecKind } from '../../../src-core/deck';
import type { StoredTemplate } from '../../../src-core/user-settings';
import type { Settings } from '../../../src-core/settings';

/**
 * Deck queries: outline drafts and the accounts due, all invalidated after a run. Kept apart from
 * queries.ts (which reads templates and runs the deck code) so the table → query map, loaded at
 * start, does not bring the deck libraries into the first bundle.
 */
export const deckKeys = {
  all: ['decks'] as const,
  draft: (accountId: string, kind: DeckSpecKind, periodKey: string) =>
    [...deckKeys.all, 'draft', accountId, kind, periodKey] as const,
  due: (kind: DeckKind, windowDays: number, today: string, settings: Settings | undefined) =>
    [...deckKeys.all, 'due', kind, windowDays, today, settings] as const,
  template: (t: StoredTemplate) => [...deckKeys.all, 'template', t.name, t.base64.length, t.base64.slice(-64)] as const,
};
