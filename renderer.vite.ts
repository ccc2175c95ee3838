import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { UserConfig } from 'vite';

/**
 * The renderer's build settings, shared by the Electron build (electron.vite.config.ts) and the
 * browser build (vite.web.config.ts), so the same renderer runs in both.
 */
export const RENDERER_ROOT = resolve(import.meta.dirname, 'src-renderer');

export function rendererConfig(): UserConfig {
  return {
    root: RENDERER_ROOT,
    plugins: [react()],
    worker: { format: 'es' },
    build: {
      target: 'chrome130',
      sourcemap: true,
      chunkSizeWarningLimit: 2_000,
      rollupOptions: { input: resolve(RENDERER_ROOT, 'index.html') },
    },
  };
}
