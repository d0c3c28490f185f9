/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { VIEW_FILES } from './src/state/views';

const viewFiles = Object.values(VIEW_FILES).filter((f) => f !== 'index.html');

/**
 * Every view is its own HTML file beside index.html (cases.html …): the dev server answers them with
 * index.html, and the build writes a copy per view (filled with prerendered HTML by a later step).
 */
function viewPages(): Plugin {
  let outDir = 'dist';
  return {
    name: 'view-pages',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const [pathname = '', query] = (req.url ?? '').split('?');
        const file = pathname.split('/').pop() ?? '';
        if (viewFiles.includes(file))
          req.url = `${pathname.slice(0, -file.length)}index.html${query ? `?${query}` : ''}`;
        next();
      });
    },
    // Before the service worker is generated, so its precache lists every view page.
    closeBundle: {
      order: 'pre',
      handler() {
        for (const file of viewFiles) copyFileSync(path.join(outDir, 'index.html'), path.join(outDir, file));
      },
    },
  };
}

// `BASE_PATH` lets an intranet host serve the build from a sub-path (e.g. /jianfu/).
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [
    react(),
    tailwindcss(),
    viewPages(),
    // Offline once loaded: the app, its view pages and the bundled datasets are precached. A new
    // version waits until the user accepts it (never a reload in the middle of a talk).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json}'],
        // present.html?slide=3 is present.html: the query is state, not a different file.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    reportCompressedSize: false,
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
