import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DeckKind } from '../../../src-core/deck';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePreference } from '../../app/preferences';
import { usePlatform } from '../../platform';
import { createWriter } from '../../store';
import type { DeckJob } from '../../workers/deck/deck-protocol';
import { accountKeys } from '../account/queries';
import { bookKeys } from '../book/queries';
import { useHealthSettings } from '../health/queries';
import { sessionKeys } from '../session/queries';
import type { BatchState } from './batch-state';
import { deckBrandingOf } from './branding';
import { runDeckBatch, startDeckWorker, type DeckBatchRun, type DeckWorkerPort } from './deck-batch';
import { clearDraft } from './deck-store';
import { deckKeys, useBranding } from './queries';
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
 * re-read once, when the run is over, not after every deck.
 */
export function useDeckRun(makeWorker: () => DeckWorkerPort = startDeckWorker) {
  const db = useDb();
  const platform = usePlatform();
  const author = usePreference('authorName') ?? '';
  const queryClient = useQueryClient();
  const settings = useHealthSettings();
  const branding = useBranding();
  const [state, setState] = useState<BatchState | null>(null);
  const run = useRef<DeckBatchRun | null>(null);
  useEffect(() => () => run.current?.cancel(), []);

  const start = useCallback(
    async (options: DeckRunOptions) => {
      if (run.current || !settings.data || !branding.data) return null;
      const writer = createWriter(db, BROWSER_CLOCK, author);
      const current = runDeckBatch(
        makeWorker(),
        {
          type: 'start',
          dbName: db.name,
          kind: options.kind,
          periodKey: options.periodKey,
          now: BROWSER_CLOCK.now(),
          settings: settings.data.settings,
          branding: deckBrandingOf(branding.data),
          jobs: options.jobs,
        },
        { save: (deck) => saveDeck(platform, writer, deck, options.mode), onState: setState },
      );
      run.current = current;
      const final = await current.finished;
      run.current = null;
      await Promise.all(final.saved.map((s) => clearDraft(db, s.accountId, options.kind, options.periodKey)));
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: deckKeys.all }),
        queryClient.invalidateQueries({ queryKey: accountKeys.all }),
        queryClient.invalidateQueries({ queryKey: bookKeys.all }),
        queryClient.invalidateQueries({ queryKey: sessionKeys.pending() }),
      ]);
      return final;
    },
    [author, branding.data, db, makeWorker, platform, queryClient, settings.data],
  );

  const cancel = useCallback(() => run.current?.cancel(), []);
  const ready = settings.data !== undefined && branding.data !== undefined;
  return { state, start, cancel, ready, reset: () => setState(null) };
}
