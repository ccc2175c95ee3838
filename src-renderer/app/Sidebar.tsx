import type { Route } from './routes';
import { SyncStatus } from './SyncStatus';
import { WarningsNavCount } from '../features/warnings/WarningsNavCount';
import { TeamSyncStatus } from '../features/sync/TeamSyncStatus';
import { TasksNavCount } from '../features/tasks/TasksNavCount';
import type { SidebarState } from './useSidebarCollapsed';

const SECTIONS = [
  {
    name: 'today',
    href: '#/today',
    label: 'Today',
    icon: 'M4 1h1.5v1.5h5V1H12v1.5h2.5V15h-13V2.5H4zM3 6v7.5h10V6zm2 2h2.5v2.5H5z',
  },
  {
    name: 'tasks',
    href: '#/tasks',
    label: 'Tasks',
    icon: 'M2 3h2v2H2zm4 .25h8v1.5H6zM2 7h2v2H2zm4 .25h8v1.5H6zM2 11h2v2H2zm4 .25h8v1.5H6z',
  },
  { name: 'book', href: '#/book', label: 'Book', icon: 'M3 4h10v1.5H3zm0 3.25h10v1.5H3zm0 3.25h10V12H3z' },
  {
    name: 'warnings',
    href: '#/warnings',
    label: 'Warnings',
    icon: 'M8 1.5 15 14H1zm0 3L3.6 12.5h8.8zM7.25 7h1.5v2.75h-1.5zm0 3.5h1.5V12h-1.5z',
  },
  {
    name: 'cadence',
    href: '#/cadence',
    label: 'Cadence',
    icon: 'M8 1a7 7 0 1 1 0 14A7 7 0 0 1 8 1zm0 1.5a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11zM7.25 4h1.5v3.7l2.4 1.4-.75 1.3-3.15-1.8z',
  },
  {
    name: 'renewals',
    href: '#/renewals',
    label: 'Renewals',
    icon: 'M8 1.5a6.5 6.5 0 0 1 6.3 5H12.7A5 5 0 1 0 13 9.5h1.5A6.5 6.5 0 1 1 8 1.5zM11 5.5h4V1.5l-1.5 1.5z',
  },
  {
    name: 'scorecard',
    href: '#/scorecard',
    label: 'Scorecard',
    icon: 'M2 13.5h12V15H2zM3 8h2.5v4.5H3zm3.75-4h2.5v8.5h-2.5zM10.5 6H13v6.5h-2.5z',
  },
  {
    name: 'obligations',
    href: '#/obligations',
    label: 'Obligations',
    icon: 'M8 1l2.1 4.3 4.7.7-3.4 3.3.8 4.7L8 11.8 3.8 14l.8-4.7L1.2 6l4.7-.7zm0 3.4L6.9 6.6l-2.4.4 1.7 1.7-.4 2.4L8 10l2.2 1.1-.4-2.4 1.7-1.7-2.4-.4z',
  },
  {
    name: 'decks',
    href: '#/decks',
    label: 'Decks',
    icon: 'M2 2.5h12v8.5H8.75v1.6l2.4 1.4-.75 1.3L8 13.9l-2.4 1.4-.75-1.3 2.4-1.4V11H2zm1.5 1.5V9.5h9V4zm1.5 4h1.5V8H5zm2.5-2h1.5v2h-1.5zm2.5 1h1.5v1H10z',
  },
  {
    name: 'settings',
    href: '#/settings',
    label: 'Settings',
    icon: 'M8 5a3 3 0 1 1 0 6 3 3 0 0 1 0-6zm0 1.5a1.5 1.5 0 1 0 0 3 1.5 1.5 0 0 0 0-3zM7 1h2l.3 1.7 1.4.6 1.4-1 1.4 1.4-1 1.4.6 1.4L15 7v2l-1.7.3-.6 1.4 1 1.4-1.4 1.4-1.4-1-1.4.6L9 15H7l-.3-1.7-1.4-.6-1.4 1-1.4-1.4 1-1.4-.6-1.4L1 9V7l1.7-.3.6-1.4-1-1.4 1.4-1.4 1.4 1 1.4-.6z',
  },
] as const;

const COLLAPSE_ICON = 'M10.5 3 5.5 8l5 5-1.06 1.06L3.38 8l6.06-6.06z';
const EXPAND_ICON = 'M5.5 3l5 5-5 5 1.06 1.06L12.62 8 6.56 1.94z';

interface Props {
  route: Route;
  state: SidebarState;
  /** During a first sync only the Book is open: the rest (and their counts) read the whole book. */
  downloading?: boolean;
}

/**
 * The sections that exist today; an account counts as part of the Book. Collapsed, only icons
 * show; each link keeps its name for screen readers and as a tooltip.
 */
export function Sidebar({ route, state, downloading = false }: Props) {
  // An account, Import and Export are all parts of the Book.
  const current = route.name === 'account' || route.name === 'import' || route.name === 'export' ? 'book' : route.name;
  return (
    <nav className="sidebar" aria-label="Fieldbook">
      <div className="brand">
        <span className="brand__mark" aria-hidden="true">
          F
        </span>
        <span className="brand__name">Fieldbook</span>
      </div>
      <ul className="nav">
        {SECTIONS.map((s) => (
          <li key={s.name}>
            {downloading && s.name !== 'book' ? (
              <span
                className="nav__link nav__link--closed"
                aria-disabled="true"
                title={`${s.label} opens once your whole book has downloaded`}
              >
                <NavIcon path={s.icon} />
                <span className="nav__label">{s.label}</span>
              </span>
            ) : (
              <a
                className="nav__link"
                href={s.href}
                aria-current={current === s.name ? 'page' : undefined}
                title={state.collapsed ? s.label : undefined}
              >
                <NavIcon path={s.icon} />
                <span className="nav__label">{s.label}</span>
                {s.name === 'warnings' && <WarningsNavCount />}
                {s.name === 'tasks' && <TasksNavCount />}
              </a>
            )}
          </li>
        ))}
      </ul>
      {downloading && <p className="sidebar__note">The other screens open once your whole book has downloaded.</p>}
      <div className="sidebar__footer">
        <TeamSyncStatus fallback={<SyncStatus />} />
        <p className="shortcut-hint">
          <kbd>/</kbd> search accounts
        </p>
        {!state.forced && (
          <button type="button" className="sidebar__toggle" onClick={state.toggle}>
            <svg viewBox="0 0 16 16" aria-hidden="true" className="nav__icon">
              <path d={state.collapsed ? EXPAND_ICON : COLLAPSE_ICON} />
            </svg>
            <span className="nav__label">{state.collapsed ? 'Expand sidebar' : 'Collapse sidebar'}</span>
          </button>
        )}
      </div>
    </nav>
  );
}

function NavIcon({ path }: { path: string }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className="nav__icon">
      <path d={path} fillRule="evenodd" />
    </svg>
  );
}
