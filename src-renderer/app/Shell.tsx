import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, type ReactNode } from 'react';
import { BookPage } from '../features/book/BookPage';
import { useDeckMenuCommand } from '../features/decks/useDeckMenuCommand';
import { TodayPage } from '../features/today/TodayPage';
import { ErrorBoundary } from './ErrorBoundary';
import type { Route } from './routes';
import {
  AccountPage,
  CadencePage,
  CouldntSyncPage,
  DecksPage,
  ExportPage,
  ImportPage,
  ObligationsPage,
  PrepPage,
  RenewalsPage,
  ScorecardPage,
  SettingsPage,
  TasksPage,
  WarningsPage,
  retryFailedScreens,
} from './screens';
import { Sidebar } from './Sidebar';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { useSidebarCollapsed } from './useSidebarCollapsed';
import { navigate, useRoute } from './useRoute';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'book':
      return <BookPage />;
    case 'account':
      return <AccountPage key={route.accountId} accountId={route.accountId} />;
    case 'settings':
      return <SettingsPage />;
    case 'today':
      return <TodayPage />;
    case 'tasks':
      return <TasksPage />;
    case 'renewals':
      return <RenewalsPage />;
    case 'warnings':
      return <WarningsPage />;
    case 'cadence':
      return <CadencePage />;
    case 'scorecard':
      return <ScorecardPage />;
    case 'obligations':
      return <ObligationsPage />;
    case 'decks':
      return <DecksPage />;
    case 'prep':
      return <PrepPage key={route.accountId} accountId={route.accountId} />;
    case 'sync':
      return <CouldntSyncPage />;
    case 'import':
      return <ImportPage />;
    case 'export':
      return <ExportPage />;
    case 'unknown':
      return null;
  }
}

/**
 * The app once a book is open: sidebar, the current screen, keyboard shortcuts. `downloading` (a
 * banner), during a first sync: only the Book of the accounts that have arrived, under the banner;
 * every other screen reads the whole book and stays closed (the sidebar says so) until it is here.
 */
export function Shell({ downloading }: { downloading?: ReactNode } = {}) {
  const route = useRoute();
  const mainRef = useRef<HTMLElement>(null);
  const sidebar = useSidebarCollapsed();
  useGlobalShortcuts();
  useDeckMenuCommand(route);

  useEffect(() => {
    // Routes that do not exist (yet) land on the Book rather than an empty screen, as does every
    // route while the book downloads (a menu command or an old link), so it is still there after.
    if (route.name === 'unknown' || (downloading && route.name !== 'book')) navigate('#/book');
  }, [route.name, downloading]);

  const screenKey = route.name === 'account' || route.name === 'prep' ? `${route.name}:${route.accountId}` : route.name;
  return (
    <div className={sidebar.collapsed ? 'shell shell--collapsed' : 'shell'}>
      {/* biome-ignore lint/a11y/useValidAnchor: with hash routes, following #main would change the screen. */}
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <Sidebar route={route} state={sidebar} downloading={!!downloading} />
      <main id="main" className={downloading ? 'main main--downloading' : 'main'} ref={mainRef} tabIndex={-1}>
        {downloading}
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary
              key={screenKey}
              onReset={() => {
                retryFailedScreens();
                reset();
              }}
            >
              <Suspense
                fallback={
                  <p className="loading" role="status">
                    Opening…
                  </p>
                }
              >
                {downloading ? <BookPage arriving /> : <Screen route={route} />}
              </Suspense>
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </main>
    </div>
  );
}
