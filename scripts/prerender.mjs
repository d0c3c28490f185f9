// Prerendering, run by `vite build` (vite.config.ts) once the client bundle and the view pages are written
// and before the service worker is generated, so its precache lists the final pages.
//
// 1. builds src/app/prerender-entry.tsx for Node and renders each view the bundled dataset fixes to HTML
//    (default filters, default language) with the data its first view needs embedded as a non-executable
//    JSON block (see prerender-entry.tsx);
// 2. draws the charts: Recharts 3 draws only after its effects have run, which never happens on a server,
//    so the built app is opened in headless Chromium and each chart box's SVG is copied into the page
//    (the client keeps it as static markup until the live chart replaces it — see render-when-near.tsx);
// 3. lists the code that hydrates the page (the app and the view's own chunk) for the page's bootstrap
//    to load after first paint: nothing but the bootstrap loads before the figures are on screen.
//
// Without a browser the pages are still prerendered; their charts are then drawn on the client at load.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { slimDrawing, stylesheetClasses } from './slim-drawing.mjs';

const ENTRY = 'src/app/prerender-entry.tsx';
// The module that hydrates a page (loaded by src/app/main.tsx after first paint).
const START = 'src/app/start.tsx';
// Each lazily loaded view's module (src/app/view-outlet.tsx), for its modulepreload links.
const VIEW_MODULES = {
  cases: 'src/features/cases/cases-page.tsx',
  timeline: 'src/features/timeline/timeline-page.tsx',
  data: 'src/features/table/data-page.tsx',
  'embed-map': 'src/features/cases/embed-map-page.tsx',
  'embed-timeline': 'src/features/timeline/embed-timeline-page.tsx',
};
/** Content types of the files a build writes (also the bench's host, scripts/bench.mjs). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** The directory the pages are served from: the pinned base path, or "/" for a relative base. */
export function servedDir(base) {
  return base.startsWith('/') ? base : '/';
}

/** Builds the render entry for Node (dependencies stay in node_modules) and imports it. */
async function loadEntry(root, base) {
  const { build } = await import('vite');
  const { default: react } = await import('@vitejs/plugin-react');
  const outDir = path.join(root, 'node_modules/.cache/prerender');
  await build({
    configFile: false,
    root,
    base,
    mode: 'production',
    logLevel: 'warn',
    plugins: [
      react(),
      {
        // The service-worker module is only imported by a function that never runs on the server.
        name: 'prerender-pwa-stub',
        resolveId: (id) => (id === 'virtual:pwa-register' ? '\0pwa-register-stub' : undefined),
        load: (id) =>
          id === '\0pwa-register-stub' ? 'export const registerSW = () => () => {};' : undefined,
      },
    ],
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: true,
      copyPublicDir: false,
      minify: false,
      target: 'node20',
      // One file: the lazily loaded views' chunks would import the entry again without the `?t=` below, a
      // second copy of every module (React contexts and stores included) that the render would then read.
      rollupOptions: { output: { entryFileNames: 'prerender-entry.mjs', codeSplitting: false } },
    },
  });
  return import(`${pathToFileURL(path.join(outDir, 'prerender-entry.mjs')).href}?t=${Date.now()}`);
}

/** Serves `dir` as a static host would, under `prefix`. */
function serve(dir, prefix) {
  const server = http.createServer(async (req, res) => {
    let rel = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (!rel.startsWith(prefix)) return void res.writeHead(404).end();
    rel = rel.slice(prefix.length);
    if (rel === '' || rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, rel);
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ origin: `http://127.0.0.1:${port}${prefix}`, close: () => server.close() });
    }),
  );
}

/** The Chromium the tests use: CHROMIUM_PATH, Playwright's own browser, or Debian's. */
async function chromiumPath() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  const { chromium } = await import('@playwright/test');
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No bundled browser registered.
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  throw new Error('no Chromium found (set CHROMIUM_PATH)');
}

/**
 * Opens each page (still the plain client-rendered copy) and returns, per file, the markup of every chart
 * box in document order once all of them have drawn their SVG.
 */
async function drawCharts(origin, pages) {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: await chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const drawn = new Map();
  try {
    for (const { file, count } of pages) {
      // Tall enough that every chart box is in view, so each one renders.
      const context = await browser.newContext({
        viewport: { width: 1366, height: 12000 },
        serviceWorkers: 'block',
      });
      const page = await context.newPage();
      await page.goto(`${origin}${file}`);
      await page.waitForFunction(
        (n) => {
          const boxes = [...document.querySelectorAll('[data-chart-slot] > [data-live-chart]')];
          return boxes.length === n && boxes.every((b) => b.querySelector('svg') && b.offsetHeight > 0);
        },
        count,
        { timeout: 30_000 },
      );
      // Two frames for the charts' second pass (Recharts lays out after its effects).
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      drawn.set(
        file,
        await page.$$eval('[data-chart-slot] > [data-live-chart]', (boxes) => boxes.map((b) => b.innerHTML)),
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return drawn;
}

const PLACEHOLDER = '<div data-static-chart=""></div>';

/** A chunk and the chunks it imports statically, with their stylesheets. */
function chunkClosure(module, { root, chunks }) {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const start = chunks.find((c) => c.facadeModuleId === path.join(root, module));
  if (!start) throw new Error(`prerender: no chunk for ${module}`);
  const js = new Set();
  const css = new Set();
  const visit = (chunk) => {
    if (js.has(chunk.fileName)) return;
    js.add(chunk.fileName);
    for (const f of chunk.css) css.add(f);
    for (const f of chunk.imports) if (byFile.has(f)) visit(byFile.get(f));
  };
  visit(start);
  return { js: [...js], css: [...css] };
}

/**
 * What a page loads besides the bootstrap: the stylesheets its view needs to paint (in the head, then
 * inlined: see inlineCriticalCss), and the code that hydrates it, loaded after first paint
 * (`data-modules`, read by main.tsx, which loads them side by side).
 */
function pageAssets(view, { root, chunks, template, assetBase }) {
  const fresh = (f) => !template.includes(`${assetBase}${f}"`);
  const app = chunkClosure(START, { root, chunks });
  const own = VIEW_MODULES[view] ? chunkClosure(VIEW_MODULES[view], { root, chunks }) : { js: [], css: [] };
  const js = [...new Set([...app.js, ...own.js])].filter(fresh).map((f) => `${assetBase}${f}`);
  const css = [...new Set([...app.css, ...own.css])].filter(fresh);
  return {
    head: css.map((f) => `<link rel="stylesheet" crossorigin href="${assetBase}${f}">`).join('\n    '),
    modules: js.join(' '),
  };
}

const STYLESHEET_LINK = /\s*<link rel="stylesheet"[^>]*href="([^"]+)"[^>]*>/g;

/**
 * The page's stylesheets become one inline block of the rules its own markup uses (found by beasties),
 * so the figures paint with no request but the page itself: on HTTP/1.1 a stylesheet and the bootstrap
 * fetched side by side cost a second connection before the first paint. The whole stylesheet comes with
 * the app's code after first paint (start.tsx imports it; the code loader applies it before the app
 * runs). Beasties' own rewrite of the page is not used: the page's markup stays byte for byte what React
 * rendered.
 */
async function inlineCriticalCss(page, { outDir, assetBase }) {
  const { default: Beasties } = await import('beasties');
  const beasties = new Beasties({
    path: outDir,
    publicPath: assetBase,
    preload: 'body',
    compress: true,
    reduceInlineStyles: false,
    // The themes' rules match <html data-theme> (set before first paint by public/before-paint.js) or its
    // absence, which beasties cannot see in the built markup: kept, so the first paint is the right theme.
    allowRules: [/data-theme/],
    logLevel: 'warn',
  });
  const css = /<style>([\s\S]*?)<\/style>/.exec(await beasties.process(page))?.[1];
  const hrefs = [...page.matchAll(STYLESHEET_LINK)].map((m) => m[1]);
  if (!css || hrefs.length === 0) return page;
  return page.replace(STYLESHEET_LINK, '').replace('</head>', () => `  <style>${css}</style>\n  </head>`);
}

/**
 * Writes the prerendered pages into `outDir`. `chunks` (fileName, facadeModuleId, imports, css) come from
 * the client bundle. Returns the files written and whether their charts were drawn.
 */
export async function prerender({ root, outDir, base, chunks, log = console.log }) {
  const dir = servedDir(base);
  const assetBase = base.startsWith('/') ? base : './';
  const entry = await loadEntry(root, base);
  const template = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const datasetText = readFileSync(path.join(outDir, 'data/dataset.json'), 'utf8');

  const pages = [];
  for (const view of entry.PRERENDERED_VIEWS) {
    const file = entry.VIEW_FILES[view];
    let html;
    try {
      html = await entry.renderRoot(view, datasetText, dir);
    } catch (e) {
      throw new Error(`prerender: ${file} (${view}) failed to render: ${e?.stack ?? e}`, { cause: e });
    }
    pages.push({ view, file, html, count: html.split(PLACEHOLDER).length - 1 });
  }

  let drawn = new Map();
  const withCharts = pages.filter((p) => p.count > 0);
  if (withCharts.length > 0) {
    const server = await serve(outDir, dir);
    try {
      drawn = await drawCharts(server.origin, withCharts);
    } catch (e) {
      log(`\n(!) prerender: charts not drawn, the client will draw them: ${e?.message ?? e}\n`);
    } finally {
      server.close();
    }
  }
  const chartsDrawn = withCharts.every((p) => drawn.has(p.file));
  // The classes any of the app's stylesheets name: a drawing keeps these and drops the rest.
  const styled = stylesheetClasses(
    chunks
      .flatMap((c) => c.css)
      .map((f) => readFileSync(path.join(outDir, f), 'utf8'))
      .join('\n'),
  );

  for (const { view, file, html, count } of pages) {
    let filled = html;
    const charts = drawn.get(file);
    if (charts) {
      if (charts.length !== count)
        throw new Error(`prerender: ${file} has ${count} chart boxes, the browser drew ${charts.length}`);
      let i = 0;
      filled = html.replaceAll(
        PLACEHOLDER,
        () => `<div data-static-chart="">${slimDrawing(charts[i++], styled)}</div>`,
      );
    }
    const { head, modules } = pageAssets(view, { root, chunks, template, assetBase });
    filled = filled.replace('<div id="root" ', () => `<div id="root" data-modules="${modules}" `);
    const page = template
      // The dataset travels in the page: a preload of the file would fetch it twice.
      .replace(/\s*<link rel="preload" href="[^"]*data\/dataset\.json"[^>]*>/, '')
      // The bootstrap does nothing before the first paint: it must not compete with the page's own
      // HTML and stylesheet (Chrome fetches module scripts at high priority, as if they blocked rendering).
      .replace('<script type="module" crossorigin', '<script type="module" fetchpriority="low" crossorigin')
      .replace('</head>', () => (head ? `  ${head}\n  </head>` : '</head>'))
      // No first paint of half a page: a long table painted while its rows are still being parsed would
      // widen its columns as they arrive. The data block follows #root, so the page paints once whole.
      .replace(
        '</head>',
        () => `  <link rel="expect" href="#${entry.EMBEDDED_DATASET_ID}" blocking="render">\n  </head>`,
      )
      .replace('<div id="root"></div>', () => filled);
    writeFileSync(path.join(outDir, file), await inlineCriticalCss(page, { outDir, assetBase }));
  }
  log(
    `prerendered ${pages.map((p) => p.file).join(', ')}${chartsDrawn ? ' (charts drawn)' : ' (charts left to the client)'}`,
  );
  return { files: pages.map((p) => p.file), chartsDrawn };
}
