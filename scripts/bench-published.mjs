// Part of `npm run bench` (BENCH_SKIP_PUBLISHED=1 skips it; also alone: node scripts/bench-published.mjs, after a build): published
// statistics at national county scale, against the production build in dist/.
// A SYNTHETIC county-level file (~2,900 counties × 10 years × 6 counts, the generator of bench-import.mjs,
// invented numbers) is published with the data CLI into a temporary copy of dist/, labelled synthetic
// (示例数据（非真实统计）) as every view shows it, and served gzip-compressed over loopback HTTP/1.1 as a
// static host would. Headless Chromium, a fresh context (empty cache, no service worker) each load:
//   - data bytes the reader downloads for the national view (catalogue + summary; raw and gzip) — bar ≤ 100 KB
//   - navigation → the dataset's dashboard in the page, and → its first chart on screen (median)
//   - province switch → that province's rows drawn (its file fetched, checked against its hash, parsed and
//     charted): p50 / p95 of 20 switches to 20 different provinces, each one's first (bar: p95 ≤ 300 ms)
// each without throttling and at 4× CPU throttling (CDP Emulation.setCPUThrottlingRate). A switch is made
// as the browser's back/forward makes it (history + popstate → the URL state → the view). Printed, never
// asserted.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createJiti } from 'jiti';
import { chromium } from '@playwright/test';
import { TYPES } from './prerender.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(ROOT, 'dist'));
const CHROME = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const LOADS = Number(process.env.BENCH_PUBLISHED_LOADS ?? 7);
const SWITCHES = 20;
const ID = 'bench-national';
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg']);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

const jiti = createJiti(import.meta.url);
const { generateCsv } = await jiti.import(path.join(ROOT, 'src/features/statistics/generate.ts'));
const { runDataCli } = await jiti.import(path.join(ROOT, 'scripts/data-cli.ts'));

const site = mkdtempSync(path.join(tmpdir(), 'jianfu-bench-site-'));
cpSync(DIST, site, { recursive: true });
const csv = path.join(site, '..', `${path.basename(site)}.csv`);
const text = generateCsv({ level: 'county' });
writeFileSync(csv, text);
const published = runDataCli(
  [
    'add',
    csv,
    '--id',
    ID,
    '--title',
    '基准测试：全国县级数据（虚构，非真实统计）',
    '--title-en',
    'Benchmark: national county-level data (invented, not real)',
    '--publisher',
    '基准测试（虚构）',
    '--as-of',
    '2024-12-31',
    '--synthetic',
  ],
  { out: (s) => console.log(`  ${s}`), err: console.error, dataDir: path.join(site, 'data') },
);
rmSync(csv);
if (published !== 0) throw new Error('the benchmark dataset was refused');

/** Every file of the site, with its gzip body: a static host's precompressed files. */
const files = new Map();
for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile()) continue;
  const file = path.join(entry.parentPath, entry.name);
  const body = readFileSync(file);
  files.set(file, { body, gzip: COMPRESSED.has(path.extname(file)) ? gzipSync(body, { level: 9 }) : null });
}
const server = http.createServer((req, res) => {
  let rel = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
  if (rel.endsWith('/')) rel += 'index.html';
  const file = path.join(site, rel);
  const found = file.startsWith(site) ? files.get(file) : undefined;
  if (!found) return void res.writeHead(404).end();
  const gzip = found.gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(200, {
    'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  res.end(gzip ? found.gzip : found.body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/`;

const catalogue = JSON.parse(readFileSync(path.join(site, 'data', 'datapackage.json'), 'utf8'));
const entry = catalogue.resources.filter((r) => r.path.startsWith(`stats/${ID}/`));
const provinces = entry.map((r) => /\/(\d{6})\./.exec(r.path)?.[1]).filter(Boolean);
const dataBytes = (urls) =>
  urls.reduce(
    (acc, url) => {
      const f = files.get(path.join(site, decodeURIComponent(new URL(url).pathname)));
      return f ? { raw: acc.raw + f.body.length, gzip: acc.gzip + (f.gzip ?? f.body).length } : acc;
    },
    { raw: 0, gzip: 0 },
  );

const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });

async function freshPage(throttle) {
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  if (throttle > 1)
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { context, page };
}

/** Navigation → the first chart of the published dataset on screen; the data files the page fetched. */
async function nationalLoad(throttle) {
  const { context, page } = await freshPage(throttle);
  const data = [];
  const all = [];
  page.on('requestfinished', (r) => {
    all.push(r.url());
    if (r.url().includes('/data/')) data.push(r.url());
  });
  // The statistics view lists the datasets above the charts, which draw when near the screen: once the
  // dataset's dashboard is in the page it is scrolled to, as a reader would, and timed to its first chart.
  await page.addInitScript(() => {
    new MutationObserver((_, obs) => {
      const dashboard = document.querySelector('[data-testid="stats-dashboard"]');
      if (!dashboard) return;
      if (window.__dashboard === undefined) {
        window.__dashboard = performance.now();
        dashboard.scrollIntoView();
      }
      if (dashboard.querySelector('.chart-box li, .chart-box .recharts-surface')) {
        window.__firstChart = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${base}import.html?dataset=${ID}`);
  await page.waitForFunction(() => window.__firstChart !== undefined, null, { timeout: 60_000 });
  const [dashboard, firstChart] = await page.evaluate(() => [window.__dashboard, window.__firstChart]);
  const synthetic = await page.getByTestId('stats-dashboard').innerText();
  if (!synthetic.includes('示例数据（非真实统计）')) throw new Error('the synthetic label is not shown');
  return { context, page, dashboard, firstChart, data, all };
}

async function switches(page) {
  return page.evaluate(
    async ([codes, id]) => {
      const loaded = () => document.querySelector('[data-testid="published-view"]')?.dataset.provincesLoaded;
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const times = [];
      for (const code of codes) {
        const start = performance.now();
        history.pushState(null, '', `import.html?dataset=${id}&province=${code}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
        while (loaded() !== code) {
          if (performance.now() - start > 30_000) throw new Error(`province ${code} never drawn`);
          await frame();
        }
        await frame();
        times.push(performance.now() - start);
      }
      return times;
    },
    [provinces.slice(0, SWITCHES), ID],
  );
}

try {
  console.log(
    `\n== Published statistics at national county scale (SYNTHETIC: ${text.trim().split('\n').length - 1} invented rows, labelled 示例数据（非真实统计）; gzip, loopback) ==`,
  );
  const summary = entry.find((r) => r.path.includes('/summary.'));
  const provinceSizes = entry
    .filter((r) => !r.path.includes('/summary.'))
    .map((r) => dataBytes([`${base}data/${r.path}`]));
  console.log(
    `published: ${entry.length} files; summary ${kb(dataBytes([`${base}data/${summary.path}`]).gzip)} gzip; ` +
      `province files ${kb(Math.min(...provinceSizes.map((s) => s.gzip)))}–${kb(Math.max(...provinceSizes.map((s) => s.gzip)))} gzip ` +
      `(${kb(provinceSizes.reduce((n, s) => n + s.gzip, 0))} all ${provinceSizes.length}); CSV ${kb(Buffer.byteLength(text))}`,
  );
  for (const throttle of [1, 4]) {
    const times = [];
    const dashboards = [];
    let bytes;
    let allBytes;
    for (let i = 0; i < LOADS; i++) {
      const run = await nationalLoad(throttle);
      times.push(run.firstChart);
      dashboards.push(run.dashboard);
      bytes = dataBytes(run.data);
      allBytes = dataBytes(run.all);
      if (i === 0) {
        const fetched = run.data.map((u) => new URL(u).pathname.replace(/^.*\/data\//, ''));
        if (throttle === 1) console.log(`national view fetches: ${fetched.join(', ')}`);
        if (run.data.some((u) => /\/\d{6}\.[0-9a-f]{12}\.json$/.test(u)))
          throw new Error('the national view fetched a province file');
      }
      if (i < LOADS - 1) await run.context.close();
      else {
        const t = await switches(run.page);
        const label = throttle === 1 ? 'no throttling' : `${throttle}× CPU throttling`;
        console.log(
          `${label}: national view data ${kb(bytes.gzip)} gzip (${kb(bytes.raw)} raw; bar ≤ 100 KB gzip: ${bytes.gzip <= 100 * 1024 ? 'PASS' : 'FAIL'}), ` +
            `page total ${kb(allBytes.gzip)} gzip (${kb(allBytes.raw)} raw) | ` +
            `navigation → dashboard in the page median ${pct(dashboards, 50).toFixed(0)} ms, → first chart median ${pct(times, 50).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}, ${LOADS} loads) | ` +
            `province switch → its rows drawn p50 ${pct(t, 50).toFixed(0)} ms, p95 ${pct(t, 95).toFixed(0)} ms, first ${t[0].toFixed(0)} ms, max ${Math.max(...t).toFixed(0)} ms ` +
            `(${t.length} switches; bar p95 ≤ 300 ms: ${pct(t, 95) <= 300 ? 'PASS' : 'FAIL'})`,
        );
        await run.context.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
  rmSync(site, { recursive: true, force: true });
}
