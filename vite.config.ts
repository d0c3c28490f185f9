/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
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
    closeBundle() {
      for (const file of viewFiles) copyFileSync(path.join(outDir, 'index.html'), path.join(outDir, file));
    },
  };
}

// `BASE_PATH` lets an intranet host serve the build from a sub-path (e.g. /jianfu/).
export default defineConfig({
  base: process.env.BASE_PATH ?? './',
  plugins: [react(), tailwindcss(), viewPages()],
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
