import { createBrowserPlatform } from './browser-platform';
import { createElectronPlatform, electronBridge } from './electron-platform';
import type { Platform } from './platform';

/** The platform for this runtime, chosen once by whether the preload exposed `window.fieldbook`. */
let current: Platform | null = null;

export function getPlatform(): Platform {
  if (!current) {
    const bridge = electronBridge();
    current = bridge ? createElectronPlatform(bridge) : createBrowserPlatform();
  }
  return current;
}

/** Tests (and a future test platform) replace the platform; pass null to choose again. */
export function setPlatformForTests(platform: Platform | null): void {
  current = platform;
}
