import { createContext, useEffect, type ReactNode } from 'react';
import { getPlatform } from './get-platform';
import { requestPersistentStorage } from './persistent-storage';
import type { Platform } from './platform';

export const PlatformContext = createContext<Platform | null>(null);

/**
 * Gives screens the platform through `usePlatform()` and, once mounted, asks for persistent
 * storage so the browser engine never evicts the local book.
 */
export function PlatformProvider({ platform, children }: { platform?: Platform; children: ReactNode }) {
  const value = platform ?? getPlatform();
  useEffect(() => {
    void requestPersistentStorage();
  }, []);
  return <PlatformContext.Provider value={value}>{children}</PlatformContext.Provider>;
}
