/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { copyFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';
import { VIEW_FILES } from './src/state/views';

const viewFiles = Object.values(VIEW_FILES).filter((f) => f !== 'index.html');

/** A published dataset's province file (data/stats/<id>/<GB/T 2260 code>.<hash>.json), see scripts/data-cli.ts. */
const PROVINCE_FILE_GLOB = 'data/stats/*/[0-9][0-9][0-9][0-9][0-9][0-9].*.json';
/**
 * Any content-hashed file of a published dataset: a province file, or a summary a redeployed catalogue
 * names that this version's precache does not hold yet.
 */
const HASHED_STATS_FILE = /\/data\/stats\/[^/]+\/(?:\d{6}|summary)\.[0-9a-f]{12}\.json$/;

type ChunkInfo = { fileName: string; facadeModuleId: string | null; imports: string[]; css: string[] };

/**
 * Every view is its own HTML file beside index.html (cases.html …): the dev server answers them with
 * index.html, and the build writes a copy per view, then prerenders the views the bundled dataset fixes
 * (scripts/prerender.mjs) and checks their key figures (scripts/check-prerender.mjs).
 */
function viewPages(): Plugin {
  let outDir = 'dist';
  let root = process.cwd();
  let base = './';
  let ssr = false;
  let chunks: ChunkInfo[] = [];
  const script = (name: string) => pathToFileURL(path.join(root, 'scripts', name)).href;
  return {
    name: 'view-pages',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
      base = config.base;
      ssr = Boolean(config.build.ssr);
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
    generateBundle(_, bundle) {
      chunks = Object.values(bundle).flatMap((c) =>
        c.type === 'chunk'
          ? [
              {
                fileName: c.fileName,
                facadeModuleId: c.facadeModuleId,
                imports: c.imports,
                css: [...(c.viteMetadata?.importedCss ?? [])],
              },
            ]
          : [],
      );
    },
    // Before the service worker is generated, so its precache lists every page as finally written.
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        if (ssr) return;
        for (const file of viewFiles) copyFileSync(path.join(outDir, 'index.html'), path.join(outDir, file));
        const { prerender } = await import(script('prerender.mjs'));
        const { chartsDrawn } = await prerender({ root, outDir, base, chunks });
        const { checkPrerender } = await import(script('check-prerender.mjs'));
        checkPrerender(outDir, { charts: chartsDrawn });
      },
    },
  };
}

/** React DOM's client and the app's start module (its shell: header, filters, dialogs). */
const RUNS_WHEN_LIVE = [/react-dom[\\/]cjs[\\/]react-dom-client\./, /src[\\/]app[\\/]start\.tsx$/];

/**
 * V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, first line of the file): the app shell and
 * React DOM are compiled whole when they load, off the main thread, rather than a function at a time on
 * the main thread when first called. Without it the reader's first click on the province box waits for
 * React's event code and the box's own to compile (first/second click 1.7× at 4× CPU, 1.25× with it, in
 * `npm run bench`). Only on the chunks that run when the page goes live: on a chunk of which little runs,
 * the compile would be wasted. Added last, as the hint must be the file's first line.
 */
function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle))
          if (
            chunk.type === 'chunk' &&
            chunk.moduleIds.some((id) => RUNS_WHEN_LIVE.some((re) => re.test(id)))
          )
            chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
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
    compileHints(),
    // Offline once loaded: the app, its view pages, the bundled datasets, the catalogue of published
    // statistics and every dataset's national summary are precached. A new version waits until the user
    // accepts it (never a reload in the middle of a talk).
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      workbox: {
        globPatterns: ['**/*.{js,css,html,json}'],
        // A province's file is fetched when the province is chosen, and kept from then on (below): a
        // national county dataset's 34 province files are never all downloaded up front.
        globIgnores: ['**/node_modules/**/*', PROVINCE_FILE_GLOB, 'sw-catalogue.js'],
        // The catalogue is answered network-first (public/sw-catalogue.js), ahead of the precache: a
        // redeployed catalogue reaches a reader on their next load, not after they accept a new version.
        importScripts: ['sw-catalogue.js'],
        runtimeCaching: [
          {
            // Content-hashed, so a cached copy is never stale: served from the cache once fetched.
            urlPattern: HASHED_STATS_FILE,
            handler: 'CacheFirst',
            options: {
              cacheName: 'jianfu-province-files',
              expiration: { maxEntries: 500 },
              cacheableResponse: { statuses: [200] },
            },
          },
        ],
        // present.html?slide=3 is present.html: the query is state, not a different file.
        ignoreURLParametersMatching: [/.*/],
        navigateFallback: null,
        cleanupOutdatedCaches: true,
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
      },
    }),
  ],
  // The import worker is a module worker, so the workbook reader can be a chunk of its own that it loads
  // only when a workbook is chosen (an IIFE worker cannot load a chunk).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    reportCompressedSize: false,
    // Every browser the build targets preloads modules natively; the polyfill would run at every load.
    modulePreload: { polyfill: false },
    // A language's files are fetched (src/i18n/i18n.ts): as files, never inlined as data: URLs, which the
    // page's CSP (connect-src 'self') would refuse.
    assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined),
    rolldownOptions: {
      output: {
        // …named by language (assets/locale-en-common-<hash>.json), so a request says which it is.
        assetFileNames: (asset) => {
          const locale = /locales[\\/]([A-Za-z-]+)[\\/][^\\/]+\.json$/.exec(
            asset.originalFileNames[0] ?? '',
          )?.[1];
          return locale ? `assets/locale-${locale}-[name]-[hash][extname]` : 'assets/[name]-[hash][extname]';
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/i18n/test-setup.ts'],
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
