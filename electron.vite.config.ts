import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './renderer.vite.ts';

/**
 * The desktop build: main (ESM, Node), preload (CommonJS, because a sandboxed preload cannot
 * load ES modules) and the shared renderer. Entries are explicit so no convention decides
 * what ships.
 */
const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      // Bundle zod and the rest into out/main: the packed app carries no node_modules at all, so
      // none of the server's packages (pg, PGlite, Fastify) can ride along (electron-builder.yml).
      externalizeDeps: false,
      outDir: resolve(root, 'out/main'),
      rolldownOptions: { input: { index: resolve(root, 'src-main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      rolldownOptions: {
        input: { index: resolve(root, 'src-preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig(),
    build: { ...rendererConfig().build, outDir: resolve(root, 'out/renderer') },
  },
});
