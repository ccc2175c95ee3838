import { useQuery } from '@tanstack/react-query';
import { useDb } from '../../app/book-session';
import { readSettings, type LoadedSettings } from './settings-store';

/** The key of the CSM's settings (the book insights' keys hang under the same root). */
export const SETTINGS_QUERY_KEY = ['insights', 'settings'] as const;

/** The CSM's settings, with "follow the computer" resolved to the laptop's time zone. */
export function useHealthSettings() {
  const db = useDb();
  return useQuery<LoadedSettings>({ queryKey: SETTINGS_QUERY_KEY, queryFn: () => readSettings(db) });
}
