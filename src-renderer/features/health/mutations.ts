import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { usePreference } from '../../app/preferences';
import { createWriter, type RowDraft } from '../../store';
import { accountKeys } from '../account/queries';
import { bookKeys } from '../book/queries';
import { sessionKeys } from '../session/queries';
import { insightKeys } from './queries';
import { clearSettings, writeCompPlanView, writeSettings } from './settings-store';
import type { Settings } from '../../../src-core/settings';

/** A health override is a synced row (HealthOverride): written through the writer, then re-read everywhere. */
function useHealthWrite<Vars>(accountId: string, write: (vars: Vars, w: ReturnType<typeof createWriter>) => Promise<unknown>, meta: { action: string; successMessage: string }) {
  const db = useDb();
  const author = usePreference('authorName') ?? '';
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (vars: Vars) => write(vars, createWriter(db, BROWSER_CLOCK, author)),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: accountKeys.detail(accountId) }),
        queryClient.invalidateQueries({ queryKey: bookKeys.all }),
        queryClient.invalidateQueries({ queryKey: sessionKeys.pending() }),
      ]),
    meta,
  });
}

export const useOverrideBand = (accountId: string) =>
  useHealthWrite(accountId, (draft: RowDraft<'healthOverrides'>, w) => w.upsertRow('healthOverrides', draft), {
    action: 'overriding the health band',
    successMessage: 'Band overridden. The computed score stays visible beside it.',
  });

/** Removing ends the override today: the row is deleted (a tombstone that syncs). */
export const useRemoveOverride = (accountId: string) =>
  useHealthWrite(accountId, (id: string, w) => w.deleteRow('healthOverrides', id), {
    action: 'removing the override',
    successMessage: 'Override removed: the computed band shows again.',
  });

function useSettingsWrite<Vars>(write: (vars: Vars) => Promise<unknown>, meta: { action: string; successMessage: string }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: insightKeys.settings() }),
    meta,
  });
}

export function useSaveSettings() {
  const db = useDb();
  return useSettingsWrite((s: Settings) => writeSettings(db, s), { action: 'saving targets and health settings', successMessage: 'Settings saved. Health and the scorecard are recalculated.' });
}

export function useResetSettings() {
  const db = useDb();
  return useSettingsWrite(() => clearSettings(db), { action: 'resetting settings', successMessage: 'Targets and health settings are back to the defaults.' });
}

export function useShowCompPlan() {
  const db = useDb();
  return useSettingsWrite((show: boolean) => writeCompPlanView(db, show), { action: 'changing the comp-plan view', successMessage: 'Comp-plan view updated.' });
}
