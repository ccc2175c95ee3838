import type { RowDraft } from '../../store';
import { useAccountWrite } from '../account/mutations';

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
