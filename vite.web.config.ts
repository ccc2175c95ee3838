import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { rendererConfig } from './renderer.vite.ts';

const renderer = rendererConfig();

/**
 * `npm run web`: the same renderer in a browser at http://127.0.0.1:5173 (DESIGN §8). The browser
 * build is an installable app whose service worker precaches every asset, so a reload with no
 * network opens the app and the book (IndexedDB) instead of the browser's error page. Electron
 * loads files from disk and has no service worker.
 */
export default defineConfig({
  ...renderer,
  base: './',
  // The web app's icon (a copy of resources/icon.png); the Electron build has no public folder.
  publicDir: resolve(import.meta.dirname, 'resources/web'),
  plugins: [
    ...(renderer.plugins ?? []),
    VitePWA({
      registerType: 'autoUpdate',
      // A registration script file, not an inline one: the page's CSP allows scripts from 'self' only.
      injectRegister: 'script-defer',
      includeAssets: ['icon.png', 'icon-192.png', 'icon-512.png'],
      manifest: {
        name: 'Fieldbook',
        short_name: 'Fieldbook',
        description: 'Your book of client accounts, offline.',
        start_url: './#/today',
        display: 'standalone',
        background_color: '#f5f6f8',
        theme_color: '#18202b',
        // Chromium fetches the icon nearest its ideal size on every load and decodes it on the page's
        // main thread: the 1024 px one alone cost 70–135 ms of a Book open (profiled), the 192 px one ~1 ms.
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon.png', sizes: '1024x1024', type: 'image/png', purpose: 'any' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,woff2}'],
        // The renderer bundle is about 1.5 MB and the deck worker 0.8 MB; both must work offline.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        // The first visit is already served offline after a reload: take control at once.
        clientsClaim: true,
        skipWaiting: true,
        // The renderer's own target (renderer.vite.ts). Babel's default (Chrome 56) gives the same
        // service worker byte for byte, after about twice the transform time.
        babelPresetEnvTargets: ['chrome >= 130'],
      },
    }),
  ],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { ...renderer.build, outDir: resolve(import.meta.dirname, 'dist-web'), emptyOutDir: true },
});
