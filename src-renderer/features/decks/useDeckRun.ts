import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useSyncExternalStore } from 'react';
import type { DeckKind } from '../../../src-core/deck';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePreference } from '../../app/preferences';
import { usePlatform } from '../../platform';
import { createWriter, currentChangeRev } from '../../store';
import { bookWorker } from '../../workers/book-worker-client';
import type { DeckJob } from '../../workers/deck/deck-protocol';
import { settingsVersion } from '../health/queries';
import { useEffectiveSettings } from '../settings/queries';
import { deckBrandingOf, deckTemplateOf } from '../../../src-core/user-settings';
import { runDeckBatch, startDeckWorker, type DeckWorkerPort } from './deck-batch';
import { activeRun, runStateOf, subscribeRuns, updateRun } from './deck-runs';
import { clearDraft } from './deck-store';
import { deckKeys } from './queries';
import { saveDeck, type SaveMode } from './save-deck';

export interface DeckRunOptions {
  kind: DeckKind;
  periodKey: string;
  jobs: DeckJob[];
  mode: SaveMode;
}

/**
 * Runs decks in the worker and saves each as it arrives. The page stays responsive: the worker
 * does the building, this only saves files and writes one DeckRecord per deck. Queries are
 * re-read once, when the run is over, not after every deck. `scope` names the run (`book`, or
 * `account:<id>`), which keeps going if the CSM leaves the screen.
 */
export function useDeckRun(scope: string, makeWorker: () => DeckWorkerPort = startDeckWorker) {
  const db = useDb();
  const platform = usePlatform();
  const author = usePreference('authorName') ?? '';
  const queryClient = useQueryClient();
  const settings = useEffectiveSettings();
  const state = useSyncExternalStore(subscribeRuns, () => runStateOf(scope));

  const start = useCallback(
    async (options: DeckRunOptions) => {
      if (activeRun(scope) || !settings.data) return null;
      const writer = createWriter(db, BROWSER_CLOCK, author);
      const now = BROWSER_CLOCK.now();
      const loaded = settings.data.settings;
      // The accounts as the book is now: the book worker catches up to this revision first.
      const sendAccounts = async (port: MessagePort) =>
        bookWorker.request(
          {
            kind: 'deck-input',
            dbName: db.name,
            rev: await currentChangeRev(db),
            settingsKey: settingsVersion(loaded),
            now,
            settings: loaded,
            accountIds: options.jobs.map((j) => j.accountId),
            port,
          },
          [port],
        );
      const run = runDeckBatch(
        makeWorker(),
        {
          type: 'start',
          kind: options.kind,
          periodKey: options.periodKey,
          now,
          settings: loaded,
          branding: deckBrandingOf(settings.data.branding),
          template: deckTemplateOf(settings.data.branding),
          jobs: options.jobs,
        },
        {
          sendAccounts,
          save: (deck) => saveDeck(platform, writer, deck, options.mode),
          onState: (s) => updateRun(scope, { state: s }),
        },
      );
      updateRun(scope, { run });
      const final = await run.finished;
      updateRun(scope, { run: null });
      await Promise.all(final.saved.map((s) => clearDraft(db, s.accountId, options.kind, options.periodKey)));
      // Saved decks re-read by their table (app/refresh-by-table.ts); drafts live apart from it.
      await queryClient.invalidateQueries({ queryKey: deckKeys.all });
      return final;
    },
    [author, db, makeWorker, platform, queryClient, scope, settings.data],
  );

  const cancel = useCallback(() => activeRun(scope)?.cancel(), [scope]);
  const ready = settings.data !== undefined;
  return { state, start, cancel, ready };
}
