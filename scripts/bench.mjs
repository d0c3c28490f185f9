// npm run bench: builds for production and measures what a reader pays for the first view, against a
// plain static HTML page that shows the same five headline figures (written here into a temp folder: the
// figures with their labels and source lines, one CSS file, no JavaScript).
//   - initial JS and CSS (raw and gzip) per view: each page's module scripts, modulepreloads, stylesheets
//   - median time from navigation to the first chart on screen, headless Chromium, 10 loads
//   - first interaction against the second, CPU 1× and 4×, median of 5 loads (bench-interaction.mjs)
//   - Lighthouse mobile and desktop (default throttling), median of 3, for the dashboard and the static
//     page, and their ratios; then the bars the dashboard must meet
// Both are served by the same local static server with brotli (BENCH_ENCODING=gzip: gzip), as a static host would: over HTTP/2 (TLS with
// a throwaway self-signed certificate, made with `openssl`) and over plain HTTP/1.1, since Lighthouse's
// simulated network treats them differently (on HTTP/1.1 each extra request in parallel costs a new
// connection). BENCH_PROTOCOLS=h2 or =h1 measures one. Lighthouse runs one at a time (the machine has
// two cores). Then scripts/bench-published.mjs: published statistics at national county scale (data bytes
// of the national view, navigation → first chart, province switch p95, unthrottled and at 4× CPU
// throttling). Figures are printed, never asserted in tests.
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { benchFirstInteraction } from './bench-interaction.mjs';
import { textOf } from './check-prerender.mjs';
import { TYPES } from './prerender.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const DIST = path.resolve(process.env.BENCH_DIST ?? path.join(ROOT, 'dist'));
// Free ports are picked unless BENCH_PORT sets the first of four.
const PORT = Number(process.env.BENCH_PORT ?? 0);
const CHROME = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const LOADS = Number(process.env.BENCH_LOADS ?? 10);
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const PROTOCOLS = (process.env.BENCH_PROTOCOLS ?? 'h2,h1').split(',').map((p) => p.trim());
// Brotli where the browser accepts it, as static hosts serve precompressed files; BENCH_ENCODING=gzip
// measures a host that only has gzip.
const ENCODING = process.env.BENCH_ENCODING === 'gzip' ? 'gzip' : 'br';
const PAGES = ['index.html', 'cases.html', 'timeline.html', 'data.html', 'import.html', 'present.html'];
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // The HTTP/2 server's certificate is self-signed.
  '--ignore-certificate-errors',
];
/** Files a host would send compressed. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.json', '.svg', '.webmanifest']);

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

/** What a page loads before anything else: module scripts, modulepreloads and stylesheets. */
function initialAssets(file) {
  const html = readFileSync(path.join(DIST, file), 'utf8');
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
  // A prerendered page loads the app after first paint and hydrates (its code: `data-modules`, the app's
  // and the view's); any other page loads it at once (the bootstrap's dynamic import, whose chunks and
  // stylesheet Vite lists in the entry).
  const prerendered = /data-prerendered=/.test(html);
  const entry = readFileSync(path.join(DIST, js[0].replace(/^\.?\//, '')), 'utf8');
  const deps = [...(/m\.f=\[([^\]]*)\]/.exec(entry)?.[1] ?? '').matchAll(/"([^"]+)"/g)].map(
    (m) => `assets/${m[1].replace(/^\.\//, '')}`,
  );
  const depsJs = deps.filter((f) => f.endsWith('.js'));
  const depsCss = deps.filter((f) => f.endsWith('.css'));
  const later = prerendered
    ? (/data-modules="([^"]*)"/.exec(html)?.[1] ?? '').split(' ').filter(Boolean)
    : [];
  // A prerendered page inlines the rules its markup uses; the whole stylesheet comes with the app.
  const laterCss = prerendered ? depsCss : [];
  if (!prerendered) js.push(...depsJs);
  return {
    js: size(js),
    css: size(css),
    later: size(later),
    laterCss: size(laterCss),
    html: Buffer.byteLength(html),
    htmlGzip: gzipSync(html, { level: 9 }).length,
  };
}

/** The five headline cards as the prerendered overview shows them, so the static page has the same text. */
/** Visible text of a fragment: screen-reader-only text dropped, tags as word breaks. */
const visibleText = (html) =>
  textOf(html.replace(/<span class="sr-only">[\s\S]*?<\/span>/g, '').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();

function headlinesOf(html) {
  const cards = [
    ...html.matchAll(
      /<article[^>]*aria-label="([^"]+)"[^>]*data-testid="headline-card"[^>]*>([\s\S]*?)<\/article>/g,
    ),
  ];
  if (cards.length !== 5)
    throw new Error(`expected 5 headline cards in dist/index.html, found ${cards.length}`);
  return cards.map(([, label, body]) => {
    const paragraphs = [...body.matchAll(/<p[^>]*>([\s\S]*?)<\/p>/g)].map((p) => p[1]);
    const figure = /<span class="headline-figure[^"]*">([\s\S]*?)<\/span><\/button>/.exec(body)?.[1] ?? '';
    return {
      label: textOf(label),
      figure: visibleText(figure).replace(/\s+/g, ''),
      detail: visibleText(paragraphs[0] ?? ''),
      notes: (paragraphs[1] ?? '').split(/<br\s*\/?>/).map(visibleText),
    };
  });
}

function writeStaticPage(dir, headlines) {
  const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const cards = headlines
    .map(
      (h) => `      <li>
        <article>
          <h2>${esc(h.label)}</h2>
          <p class="figure">${esc(h.figure)}</p>
          <p class="detail">${esc(h.detail)}</p>
          <p class="note">${h.notes.map(esc).join('<br>')}</p>
        </article>
      </li>`,
    )
    .join('\n');
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="description" content="整治形式主义为基层减负：核心指标" />
    <link rel="icon" href="data:," />
    <title>减负看板 · 静态对照页</title>
    <link rel="stylesheet" href="style.css" />
  </head>
  <body>
    <h1>整治形式主义为基层减负 · 核心指标</h1>
    <ul>
${cards}
    </ul>
  </body>
</html>
`,
  );
  writeFileSync(
    path.join(dir, 'style.css'),
    `body { margin: 0; padding: 1rem; font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: #111827; background: #f5f6f8; }
h1 { font-size: 1.25rem; margin: 0 0 1rem; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.75rem; grid-template-columns: repeat(2, minmax(0, 1fr)); }
@media (min-width: 768px) { ul { grid-template-columns: repeat(3, minmax(0, 1fr)); } }
@media (min-width: 1280px) { ul { grid-template-columns: repeat(5, minmax(0, 1fr)); } }
article { height: 100%; box-sizing: border-box; padding: 1rem; background: #fff; border: 1px solid #d1d5db; border-radius: 0.5rem; }
h2 { font-size: 0.875rem; font-weight: 500; color: #4b5563; margin: 0; }
.figure { font-size: clamp(2rem, 2.6vw, 3.25rem); font-weight: 700; line-height: 1.1; margin: 0.25rem 0; color: #047857; }
.detail { font-size: 0.875rem; font-weight: 500; margin: 0; }
.note { font-size: 0.75rem; color: #4b5563; margin: 0.5rem 0 0; }
`,
  );
}

/** A throwaway self-signed certificate for the HTTP/2 server (browsers speak HTTP/2 only over TLS). */
function certificate(dir) {
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execSync(
    `openssl req -x509 -newkey rsa:2048 -nodes -keyout "${key}" -out "${cert}" -days 1 -subj "/CN=127.0.0.1"`,
    { stdio: 'ignore' },
  );
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/**
 * A static host: files under `dir`, compressed ahead of time (gzip and brotli, as a host's precompressed
 * files would be), over HTTP/1.1 or (given `tls`) HTTP/2. Compressing on the first request instead would
 * spend seconds of CPU beside the browser in the first measured load.
 */
function serve(dir, port, tls) {
  const files = new Map();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const body = readFileSync(file);
    const compressed = COMPRESSED.has(path.extname(file));
    files.set(file, {
      body,
      type: TYPES[path.extname(file)],
      gzip: compressed ? gzipSync(body) : null,
      br: compressed ? brotliCompressSync(body) : null,
    });
  }
  const handle = (req, res) => {
    let rel = decodeURIComponent(new URL(req.url ?? '/', 'http://host').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(dir, rel);
    const found = file.startsWith(dir) ? files.get(file) : undefined;
    if (!found) return void res.writeHead(404).end();
    const accepted = req.headers['accept-encoding'] ?? '';
    const encoding =
      found.gzip === null
        ? null
        : ENCODING === 'br' && /\bbr\b/.test(accepted)
          ? 'br'
          : /\bgzip\b/.test(accepted)
            ? 'gzip'
            : null;
    res.writeHead(200, {
      'content-type': found.type ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(encoding ? found[encoding] : found.body);
  };
  const server = tls
    ? http2.createSecureServer({ ...tls, allowHTTP1: true }, handle)
    : http.createServer(handle);
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

const portOf = (server) => server.address().port;

async function firstChartTimes(url) {
  const browser = await chromium.launch({ executablePath: CHROME, args: CHROME_FLAGS.slice(1) });
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      ignoreHTTPSErrors: true,
    });
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
    await page.goto(url);
    await page.waitForFunction(() => window.__firstChart !== undefined, null, { timeout: 30_000 });
    times.push(await page.evaluate(() => window.__firstChart));
    await context.close();
  }
  await browser.close();
  return times;
}

async function lighthouseRuns(url, formFactor) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const config =
    formFactor === 'desktop' ? (await import('lighthouse/core/config/desktop-config.js')).default : undefined;
  const results = [];
  for (let i = 0; i < LH_RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: CHROME_FLAGS });
    try {
      const r = await lighthouse(
        url,
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
        lcpElement: a['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
      });
      if (process.env.BENCH_LH_DEBUG) {
        console.log(
          url,
          formFactor,
          JSON.stringify(a['largest-contentful-paint-element']?.details, null, 1).slice(0, 3000),
        );
        console.log(
          JSON.stringify(
            a['network-requests']?.details?.items?.map((x) => [
              x.url.slice(-60),
              x.rendererStartTime ?? x.startTime,
              x.networkEndTime ?? x.endTime,
              x.priority,
            ]),
          ),
        );
        console.log(JSON.stringify(a['mainthread-work-breakdown']?.details?.items));
      }
    } finally {
      await chrome.kill();
    }
  }
  const pick = (k) => median(results.map((r) => r[k]));
  return {
    runs: results,
    score: pick('score'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    bytes: pick('bytes'),
  };
}

if (!process.env.BENCH_SKIP_BUILD) execSync('npx vite build', { cwd: ROOT, stdio: 'inherit' });

console.log(
  '\n== Initial assets per view (gzip level 9; raw in brackets; a prerendered page inlines its CSS rules in its HTML) ==',
);
console.log(
  `${pad('page', 15)}${padL('JS', 22)}${padL('CSS', 20)}${padL('HTML', 20)}${padL('JS after first paint', 26)}${padL('CSS after paint', 24)}`,
);
const sized = (s) => (s.raw ? `${kb(s.gzip)} (${kb(s.raw)})` : '—');
const assets = Object.fromEntries(PAGES.map((f) => [f, initialAssets(f)]));
for (const [file, a] of Object.entries(assets)) {
  console.log(
    `${pad(file, 15)}${padL(sized(a.js), 22)}${padL(sized(a.css), 20)}${padL(`${kb(a.htmlGzip)} (${kb(a.html)})`, 20)}${padL(sized(a.later), 26)}${padL(sized(a.laterCss), 24)}`,
  );
}

const staticDir = mkdtempSync(path.join(os.tmpdir(), 'jianfu-static-'));
writeStaticPage(staticDir, headlinesOf(readFileSync(path.join(DIST, 'index.html'), 'utf8')));
const certDir = mkdtempSync(path.join(os.tmpdir(), 'jianfu-cert-'));
const servers = [];
const targets = {};
let port = PORT;
for (const protocol of PROTOCOLS) {
  const tls = protocol === 'h2' ? certificate(certDir) : undefined;
  const scheme = tls ? 'https' : 'http';
  for (const [name, dir] of [
    ['dashboard', DIST],
    ['static', staticDir],
  ]) {
    const server = await serve(dir, port ? port++ : 0, tls);
    servers.push(server);
    targets[`${protocol} ${name}`] = `${scheme}://127.0.0.1:${portOf(server)}/`;
  }
}

const ratio = (a, b) => (b === 0 ? (a === 0 ? '1.00×' : '∞') : `${(a / b).toFixed(2)}×`);
try {
  const times = await firstChartTimes(targets[`${PROTOCOLS[0]} dashboard`]);
  console.log(
    `\n== Navigation → first chart on screen (headless Chromium, ${LOADS} loads, no throttling) ==`,
  );
  console.log(
    `median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`,
  );

  if (!process.env.BENCH_SKIP_INTERACTION)
    await benchFirstInteraction(targets[`${PROTOCOLS[0]} dashboard`], {
      executablePath: CHROME,
      args: CHROME_FLAGS.slice(1),
      loads: Number(process.env.BENCH_INTERACTION_LOADS ?? 5),
    });

  if (!process.env.BENCH_SKIP_LIGHTHOUSE) {
    const m = {};
    for (const protocol of PROTOCOLS)
      for (const formFactor of ['mobile', 'desktop'])
        for (const name of ['dashboard', 'static'])
          m[`${protocol} ${formFactor} ${name}`] = await lighthouseRuns(
            targets[`${protocol} ${name}`],
            formFactor,
          );

    console.log(
      `\n== Lighthouse (median of ${LH_RUNS}; static = the same five figures as plain HTML + CSS; served with ${ENCODING === 'br' ? 'brotli' : 'gzip'}) ==`,
    );
    const cols = ['performance', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'transferred'];
    const line = (label, cells) => console.log(`${pad(label, 26)}${cells.map((c) => padL(c, 13)).join('')}`);
    line('', cols);
    for (const protocol of PROTOCOLS) {
      for (const formFactor of ['mobile', 'desktop']) {
        const d = m[`${protocol} ${formFactor} dashboard`];
        const s = m[`${protocol} ${formFactor} static`];
        for (const [label, r] of [
          ['dashboard', d],
          ['static', s],
        ])
          line(`${protocol} ${formFactor} ${label}`, [
            r.score,
            r.fcp.toFixed(0),
            r.lcp.toFixed(0),
            r.tbt.toFixed(0),
            r.cls.toFixed(3),
            kb(r.bytes),
          ]);
        line(`${protocol} ${formFactor} ratio`, [
          ratio(d.score, s.score),
          ratio(d.fcp, s.fcp),
          ratio(d.lcp, s.lcp),
          ratio(d.tbt, s.tbt),
          ratio(d.cls, s.cls),
          ratio(d.bytes, s.bytes),
        ]);
      }
    }

    console.log('\nEach run (LCP / TBT ms), the medians above are of these:');
    for (const [label, r] of Object.entries(m))
      console.log(
        `${pad(label, 26)}${r.runs.map((x) => `${x.lcp.toFixed(0)} / ${x.tbt.toFixed(0)}`).join('   ')}`,
      );

    console.log('\n== Bars ==');
    for (const protocol of PROTOCOLS) {
      const d = m[`${protocol} mobile dashboard`];
      const dd = m[`${protocol} desktop dashboard`];
      const lcpRatio = d.lcp / m[`${protocol} mobile static`].lcp;
      const bars = [
        [`mobile LCP within 1.2× the static page's (${lcpRatio.toFixed(2)}×)`, lcpRatio <= 1.2],
        [`CLS 0 (mobile ${d.cls.toFixed(3)}, desktop ${dd.cls.toFixed(3)})`, d.cls === 0 && dd.cls === 0],
        [
          `TBT ≤ 50 ms (mobile ${d.tbt.toFixed(0)} ms, desktop ${dd.tbt.toFixed(0)} ms)`,
          d.tbt <= 50 && dd.tbt <= 50,
        ],
        [`Lighthouse performance ≥ 98 on mobile (${d.score})`, d.score >= 98],
      ];
      for (const [what, ok] of bars) console.log(`${ok ? 'PASS' : 'FAIL'}  ${protocol}  ${what}`);
    }
  }
  const { js, later } = assets['index.html'];
  console.log(
    `${js.gzip <= 200 * 1024 ? 'PASS' : 'FAIL'}  initial JS for the overview ≤ 200 KB gzip (${kb(js.gzip)} at load; ${kb(later.gzip)} more, loaded after first paint to hydrate)`,
  );
  // A budget for what loads after first paint, so a change that pulls in a whole package shows here.
  console.log(
    `${later.gzip <= 195 * 1024 ? 'PASS' : 'FAIL'}  JS after first paint for the overview ≤ 195 KB gzip (${kb(later.gzip)})`,
  );
  // Published statistics at national county scale: its own copy of the site and server.
  if (!process.env.BENCH_SKIP_PUBLISHED)
    execSync(`node "${path.join(ROOT, 'scripts', 'bench-published.mjs')}"`, {
      stdio: 'inherit',
      env: { ...process.env, BENCH_DIST: DIST },
    });
} finally {
  for (const s of servers) s.close();
  rmSync(staticDir, { recursive: true, force: true });
  rmSync(certDir, { recursive: true, force: true });
}
