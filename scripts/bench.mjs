// npm run bench: builds for production and prints what a user pays for the first view.
//   - initial JS and CSS bytes (raw and gzip): what index.html loads before anything else
//   - median time from navigation to the first chart drawn, headless Chromium, 10 loads
//   - Lighthouse (mobile, default throttling) performance score and its metrics, median of 3
// Figures are printed, never asserted: speed is measured here, not in timed tests.
import { execSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.join(ROOT, 'dist');
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const URL_ = `http://127.0.0.1:${PORT}/`;
const CHROME = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const LOADS = Number(process.env.BENCH_LOADS ?? 10);
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function initialAssets() {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const refs = (re) => [...html.matchAll(re)].map((m) => m[1]);
  const js = [
    ...refs(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...refs(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  const css = refs(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g);
  const size = (files) =>
    files.reduce(
      (acc, f) => {
        const buf = readFileSync(path.join(DIST, f.replace(/^\.?\//, '')));
        return { raw: acc.raw + buf.length, gzip: acc.gzip + gzipSync(buf, { level: 9 }).length };
      },
      { raw: 0, gzip: 0 },
    );
  return { js: size(js), css: size(css), jsFiles: js, cssFiles: css };
}

async function startServer() {
  const server = spawn(
    'npx',
    ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      stdio: 'ignore',
      detached: true,
    },
  );
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(URL_)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

async function firstChartTimes() {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.slice(1) });
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      const seen = () => document.querySelector('svg.recharts-surface');
      new MutationObserver((_, obs) => {
        if (seen()) {
          window.__firstChart = performance.now();
          obs.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(URL_);
    await page.waitForFunction(() => window.__firstChart !== undefined, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__firstChart));
    await context.close();
  }
  await browser.close();
  return times;
}

async function lighthouseRuns(formFactor) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const results = [];
  for (let i = 0; i < LH_RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
    try {
      const config =
        formFactor === 'desktop'
          ? (await import('lighthouse/core/config/desktop-config.js')).default
          : undefined;
      const r = await lighthouse(
        URL_,
        { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error' },
        config,
      );
      const a = r.lhr.audits;
      results.push({
        score: Math.round(r.lhr.categories.performance.score * 100),
        fcp: a['first-contentful-paint'].numericValue,
        lcp: a['largest-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        bytes: a['total-byte-weight'].numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = (k) => median(results.map((r) => r[k]));
  return {
    score: pick('score'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    bytes: pick('bytes'),
  };
}

if (!process.env.BENCH_SKIP_BUILD) execSync('npx vite build', { cwd: ROOT, stdio: 'inherit' });
const assets = initialAssets();
console.log('\n== Initial assets (loaded by index.html) ==');
console.log(`JS : ${kb(assets.js.raw)} raw, ${kb(assets.js.gzip)} gzip  (${assets.jsFiles.join(', ')})`);
console.log(`CSS: ${kb(assets.css.raw)} raw, ${kb(assets.css.gzip)} gzip  (${assets.cssFiles.join(', ')})`);

const server = await startServer();
try {
  const times = await firstChartTimes();
  console.log(`\n== Navigation → first chart drawn (headless Chromium, ${LOADS} loads, no throttling) ==`);
  console.log(
    `median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
  );

  if (!process.env.BENCH_SKIP_LIGHTHOUSE) {
    for (const formFactor of ['mobile', 'desktop']) {
      const m = await lighthouseRuns(formFactor);
      console.log(`\n== Lighthouse ${formFactor} (median of ${LH_RUNS}) ==`);
      console.log(
        `performance ${m.score} | FCP ${m.fcp.toFixed(0)} ms | LCP ${m.lcp.toFixed(0)} ms | TBT ${m.tbt.toFixed(0)} ms | CLS ${m.cls.toFixed(3)} | transferred ${kb(m.bytes)}`,
      );
    }
  }
} finally {
  process.kill(-server.pid);
}
