import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SettingsKind } from '../../../src-core/user-settings';
import { useBookSession, useDb } from '../../app/book-session';
import { BROWSER_CLOCK } from '../../app/browser-clock';
import { sessionKeys } from '../session/queries';
import {
  answerCarryOver,
  discardSettingsEdit,
  dismissCarryOver,
  retrySettingsEdit,
} from '../../store/settings-carry-over';
import { resetSettingsKind, saveSettingsKind, writeCompPlanView } from '../../store/settings-repo';
import { settingsKeys } from './queries';

/**
 * Deletes this laptop's copy of the book, its outbox included: edits not yet synced are lost,
 * so the CSM confirms first and the screen says that unsynced changes go with it.
 */
export function useResetLocalData() {
  const { session, deactivate } = useBookSession();
  return useMutation({
    mutationFn: async () => {
      if (session) await session.db.delete();
    },
    onSuccess: deactivate,
    meta: { action: 'resetting local data', successMessage: 'Local data removed.' },
  });
}

const SAVED: Record<SettingsKind, string> = {
  settings: 'Settings saved. Health and the scorecard are recalculated.',
  branding: 'Branding saved. Every new deck uses it.',
  playbooks: 'Playbooks saved.',
};

/** Every settings write re-reads the one settings query and the pending count; the sync engine pushes it. */
function useSettingsWrite<Vars>(
  write: (vars: Vars) => Promise<unknown>,
  meta: { action: string; successMessage?: string },
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: settingsKeys.all }),
        queryClient.invalidateQueries({ queryKey: sessionKeys.pending() }),
      ]),
    meta,
  });
}

export function useSaveSettingsKind<V>(kind: SettingsKind) {
  const db = useDb();
  return useSettingsWrite((wanted: V) => saveSettingsKind(db, BROWSER_CLOCK, kind, wanted), {
    action: `saving the ${kind}`,
    successMessage: SAVED[kind],
  });
}

/** Drops the CSM's own values for one kind: the team's (or the defaults) apply again. */
export function useResetSettingsKind(kind: SettingsKind) {
  const db = useDb();
  return useSettingsWrite(() => resetSettingsKind(db, BROWSER_CLOCK, kind), {
    action: `resetting the ${kind}`,
    successMessage: `Your own ${kind} are cleared; the team’s values or the defaults apply.`,
  });
}

export function useShowCompPlan() {
  const db = useDb();
  return useSettingsWrite((show: boolean) => writeCompPlanView(db, show), {
    action: 'changing the comp-plan view',
    successMessage: 'Comp-plan view updated.',
  });
}

export function useAnswerCarryOver() {
  const db = useDb();
  return useSettingsWrite(
    ({ kind, use }: { kind: SettingsKind; use: boolean }) => answerCarryOver(db, BROWSER_CLOCK, kind, use),
    { action: 'choosing which settings to keep', successMessage: 'Done. Your choice syncs with your team server.' },
  );
}

export function useDismissCarryOver() {
  const db = useDb();
  return useSettingsWrite(() => dismissCarryOver(db), { action: 'closing the notice' });
}

export function useRetrySettingsEdit() {
  const db = useDb();
  return useSettingsWrite((editId: string) => retrySettingsEdit(db, BROWSER_CLOCK, editId), {
    action: 'queueing the settings change again',
    successMessage: 'Queued again; it syncs with your next changes.',
  });
}

export function useDiscardSettingsEdit() {
  const db = useDb();
  return useSettingsWrite((editId: string) => discardSettingsEdit(db, editId), {
    action: 'discarding the settings change',
    successMessage: 'Settings change discarded.',
  });
}
