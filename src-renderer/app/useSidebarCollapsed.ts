import { useSyncExternalStore } from 'react';
import { usePreference, writePreference } from './preferences';

/**
 * Below this width (a 1280-px laptop at 200% zoom is 640 CSS px) the sidebar shows icons only
 * whatever the preference, so the screen reflows instead of scrolling sideways (WCAG 1.4.10).
 */
const NARROW_QUERY = '(max-width: 800px)';

function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

export interface SidebarState {
  /** Icons only, whether chosen or forced by a narrow window. */
  collapsed: boolean;
  /** The window is too narrow for labels: the toggle has nothing to offer. */
  forced: boolean;
  toggle(): void;
}

/** The sidebar's collapsed state, remembered per laptop. */
export function useSidebarCollapsed(): SidebarState {
  const chosen = usePreference('sidebarCollapsed') === 'true';
  const forced = useSyncExternalStore(subscribeNarrow, () => window.matchMedia(NARROW_QUERY).matches);
  return {
    collapsed: chosen || forced,
    forced,
    toggle: () => writePreference('sidebarCollapsed', chosen ? null : 'true'),
  };
}
