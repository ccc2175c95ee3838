import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../src-core/ipc/channels';
import { usePlatform } from './usePlatform';

/**
 * Runs `handler` when the CSM picks `command` from the native menu or its shortcut (Electron;
 * a no-op in the browser). The latest handler is used without re-subscribing on every render.
 */
export function useMenuCommand(command: MenuCommand, handler: () => void): void {
  const platform = usePlatform();
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => {
    if (!platform.onMenuCommand) return undefined;
    return platform.onMenuCommand((received) => {
      if (received === command) latest.current();
    });
  }, [platform, command]);
}
