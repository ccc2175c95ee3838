import { createElement, lazy, type ComponentType } from 'react';

/**
 * The screens a CSM opens after the app is up, each loaded when first opened. Their libraries
 * (chart.js, pptxgenjs, the CRM and calendar readers, the deck outline) are most of the app's
 * code; kept out of the first bundle, a cold start parses about half as much before the Book and
 * Today — which stay in it — show. The installed app keeps every chunk offline (the service
 * worker precaches all of them; the Electron build loads them from disk).
 */
const failed = new Set<() => void>();

/**
 * React.lazy keeps a failed import for good: a screen whose code could not be fetched (the network
 * lost before the service worker had saved the app) would fail again on "Try again" until a
 * reload. The error boundary's "Try again" calls this first, so each screen that failed to load
 * fetches its code again.
 */
export function retryFailedScreens(): void {
  for (const renew of failed) renew();
  failed.clear();
}

function screen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const fresh = () =>
    lazy(async () => {
      try {
        return { default: await load() };
      } catch (error) {
        failed.add(() => {
          loaded = fresh();
        });
        throw error;
      }
    });
  let loaded = fresh();
  return (props: P) => createElement(loaded, props);
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
