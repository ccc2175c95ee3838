import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDb } from '../../app/book-session';
import type { RowDraft } from '../../store';
import { useAccountWrite } from '../account/mutations';
import { insightKeys } from './queries';
import { clearSettings, writeCompPlanView, writeSettings } from './settings-store';
import type { Settings } from '../../../src-core/settings';

/** A health override is a synced row (HealthOverride): written like any account row, then re-read everywhere. */
export const useOverrideBand = (accountId: string) =>
  useAccountWrite(accountId, (w, draft: RowDraft<'healthOverrides'>) => w.upsertRow('healthOverrides', draft), {
    action: 'overriding the health band',
    successMessage: 'Band overridden. The computed score stays visible beside it.',
  });

/** Removing ends the override today: the row is deleted (a tombstone that syncs). */
export const useRemoveOverride = (accountId: string) =>
  useAccountWrite(accountId, (w, id: string) => w.deleteRow('healthOverrides', id), {
    action: 'removing the override',
    successMessage: 'Override removed: the computed band shows again.',
  });

function useSettingsWrite<Vars>(
  write: (vars: Vars) => Promise<unknown>,
  meta: { action: string; successMessage: string },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: insightKeys.settings() }),
    meta,
  });
}

export function useSaveSettings() {
  const db = useDb();
  return useSettingsWrite((s: Settings) => writeSettings(db, s), {
    action: 'saving targets and health settings',
    successMessage: 'Settings saved. Health and the scorecard are recalculated.',
  });
}

export function useResetSettings() {
  const db = useDb();
  return useSettingsWrite(() => clearSettings(db), {
    action: 'resetting settings',
    successMessage: 'Targets and health settings are back to the defaults.',
  });
}

export function useShowCompPlan() {
  const db = useDb();
  return useSettingsWrite((show: boolean) => writeCompPlanView(db, show), {
    action: 'changing the comp-plan view',
    successMessage: 'Comp-plan view updated.',
  });
}
