import { useContext } from 'react';
import { getPlatform } from './get-platform';
import { PlatformContext } from './PlatformProvider';
import type { Platform } from './platform';

/** The platform for this runtime; outside a PlatformProvider it falls back to `getPlatform()`. */
export function usePlatform(): Platform {
  return useContext(PlatformContext) ?? getPlatform();
}
