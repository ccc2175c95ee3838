import { lazy, type ComponentType } from 'react';

/**
 * The screens a CSM opens after the app is up, each loaded when first opened. Their libraries
 * (chart.js, pptxgenjs, the CRM and calendar readers, the deck outline) are most of the app's
 * code; kept out of the first bundle, a cold start parses about half as much before the Book and
 * Today — which stay in it — show. The installed app keeps every chunk offline (the service
 * worker precaches all of them; the Electron build loads them from disk).
 */
function screen<P>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

export const AccountPage = screen(() => import('../features/account/AccountPage').then((m) => m.AccountPage));
export const PrepPage = screen(() => import('../features/prep/PrepPage').then((m) => m.PrepPage));
export const SettingsPage = screen(() => import('../features/settings/SettingsPage').then((m) => m.SettingsPage));
export const TasksPage = screen(() => import('../features/tasks/TasksPage').then((m) => m.TasksPage));
export const RenewalsPage = screen(() => import('../features/renewals/RenewalsPage').then((m) => m.RenewalsPage));
export const WarningsPage = screen(() => import('../features/warnings/WarningsPage').then((m) => m.WarningsPage));
export const CadencePage = screen(() => import('../features/cadence/CadencePage').then((m) => m.CadencePage));
export const ScorecardPage = screen(() => import('../features/scorecard/ScorecardPage').then((m) => m.ScorecardPage));
export const ObligationsPage = screen(() =>
  import('../features/obligations/ObligationsPage').then((m) => m.ObligationsPage),
);
export const DecksPage = screen(() => import('../features/decks/DecksPage').then((m) => m.DecksPage));
export const CouldntSyncPage = screen(() => import('../features/sync/CouldntSyncPage').then((m) => m.CouldntSyncPage));
export const ImportPage = screen(() => import('../features/crm/ImportPage').then((m) => m.ImportPage));
export const ExportPage = screen(() => import('../features/crm/ExportPage').then((m) => m.ExportPage));
