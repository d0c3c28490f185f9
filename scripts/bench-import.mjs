// Part of `npm run bench`: staff statistics at scale, in headless Chromium against the production build.
// For a 34-province × 10-year file and a county-level file (~2,900 counties × 10 years × 6 counts):
//   - parse + validate time (file chosen → preview shown; parsing runs in a Web Worker)
//   - the longest main-thread task while the file is read (bar: none over 200 ms)
//   - accept → first chart drawn
//   - p95 of filter change (year) → charts updated, over 50 changes (bar: 100 ms with the large file)
// Figures are printed, never asserted.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createJiti } from 'jiti';
import { chromium } from '@playwright/test';

const ROOT = path.resolve(import.meta.dirname, '..');
const PORT = Number(process.env.BENCH_IMPORT_PORT ?? 4392);
const BASE = `http://127.0.0.1:${PORT}/`;
const CHROME = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

const jiti = createJiti(import.meta.url);
const { generateCsv } = await jiti.import(path.join(ROOT, 'src/features/statistics/generate.ts'));

const dir = mkdtempSync(path.join(tmpdir(), 'jianfu-bench-'));
const files = [
  { label: '34 provinces × 10 years', name: 'provinces-10y.csv', text: generateCsv({ level: 'province' }) },
  {
    label: '~2,900 counties × 10 years × 6 counts',
    name: 'counties-10y.csv',
    text: generateCsv({ level: 'county' }),
  },
].map((f) => {
  const file = path.join(dir, f.name);
  writeFileSync(file, f.text);
  return { ...f, file, rows: f.text.trim().split('\n').length - 1, bytes: Buffer.byteLength(f.text) };
});

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

const server = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    cwd: ROOT,
    stdio: 'ignore',
    detached: true,
  },
);
try {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch({ executablePath: CHROME, args: ['--no-sandbox', '--disable-gpu'] });
  console.log('\n== Import at scale (headless Chromium, no throttling) ==');
  for (const f of files) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          window.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${BASE}import.html`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const t0 = await page.evaluate(() => performance.now());
    await page.locator('input[type=file]').setInputFiles(f.file);
    await page.getByTestId('import-preview').waitFor({ timeout: 60_000 });
    const t1 = await page.evaluate(() => performance.now());
    const longest = await page.evaluate(
      ([from, to]) =>
        Math.max(
          0,
          ...window.__longTasks.filter((t) => t.start >= from && t.start <= to).map((t) => t.duration),
        ),
      [t0, t1],
    );
    const t2 = await page.evaluate(() => performance.now());
    await page.getByTestId('import-preview').getByRole('button').first().click();
    await page
      .getByTestId('stats-dashboard')
      .locator('.chart-box li, .chart-box .recharts-surface')
      .first()
      .waitFor({ timeout: 60_000 });
    const t3 = await page.evaluate(() => performance.now());

    const changes = await page.evaluate(async () => {
      const select = [...document.querySelectorAll('select')].find((s) =>
        [...s.options].some((o) => /^\d{4}$/.test(o.value)),
      );
      const years = [...select.options].map((o) => o.value).filter((v) => /^\d{4}$/.test(v));
      // The dashboard says which year it has rendered; a change is done when it shows the new one.
      const rendered = () =>
        document.querySelector('[data-testid="stats-dashboard"]')?.getAttribute('data-year');
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const times = [];
      for (let i = 0; i < 50; i++) {
        const year = years[i % years.length];
        const start = performance.now();
        select.value = year;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        for (let k = 0; k < 100 && rendered() !== year; k++) await frame();
        await frame();
        times.push(performance.now() - start);
      }
      return times;
    });
    console.log(
      `${f.label}: ${f.rows} rows, ${(f.bytes / 1024).toFixed(0)} KB | parse+validate ${(t1 - t0).toFixed(0)} ms | ` +
        `longest main-thread task while reading ${longest.toFixed(0)} ms | accept → first chart ${(t3 - t2).toFixed(0)} ms | ` +
        `filter change → charts p50 ${pct(changes, 50).toFixed(0)} ms, p95 ${pct(changes, 95).toFixed(0)} ms (50 changes)`,
    );
    await context.close();
  }
  await browser.close();
} finally {
  process.kill(-server.pid);
}
