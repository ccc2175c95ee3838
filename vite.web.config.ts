import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { rendererConfig } from './renderer.vite';

/** `npm run web`: the same renderer in a browser at http://127.0.0.1:5173 (DESIGN §8). */
export default defineConfig({
  ...rendererConfig(),
  base: './',
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { ...rendererConfig().build, outDir: resolve(import.meta.dirname, 'dist-web'), emptyOutDir: true },
});
