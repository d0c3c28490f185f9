import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/*
 * Published statistics, end to end: a small INVENTED county file (labelled synthetic, as every view must
 * show) is published with `npm run data:add` into a temporary copy of the built site, which a plain static
 * server serves. A fresh browser sees it with no import.
 */

const ROOT = path.resolve(import.meta.dirname, '..');
const ID = 'e2e-counties';
const CSV = [
  '省份,市,县,年份,发文数,发文计划数,会议数,会议计划数',
  '甘肃,兰州市,示例县A,2023,40,50,30,35',
  '甘肃,兰州市,示例县A,2024,32,45,25,30',
  '甘肃,天水市,示例县B,2023,20,25,10,12',
  '甘肃,天水市,示例县B,2024,18,25,9,12',
  '湖北,武汉市,示例县C,2023,60,70,40,44',
  '湖北,武汉市,示例县C,2024,50,60,35,40',
  '浙江,杭州市,示例县D,2023,30,40,20,22',
  '浙江,杭州市,示例县D,2024,24,40,18,22',
].join('\n');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

// Each test copies nothing but drives several page loads; a loaded machine needs the time.
test.describe.configure({ timeout: 180_000 });

/** A first page load (the app's chunks, the catalogue, a file) on a machine loaded by other work. */
const LOAD = 45_000;
let site: string;
let server: http.Server;
let base: string;

test.beforeAll(() => {
  site = mkdtempSync(path.join(tmpdir(), 'jianfu-site-'));
  cpSync(path.join(ROOT, 'dist'), site, { recursive: true });
  const csv = path.join(site, '..', `${path.basename(site)}.csv`);
  writeFileSync(csv, CSV);
  execFileSync(
    process.execPath,
    [
      'scripts/data.mjs',
      'add',
      csv,
      '--id',
      ID,
      '--title',
      '测试县级数据',
      '--publisher',
      '测试发布单位',
      '--as-of',
      '2024-12-31',
      '--synthetic',
      '--dir',
      path.join(site, 'data'),
    ],
    { cwd: ROOT },
  );
  rmSync(csv);
  server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.join(site, rel);
    try {
      if (!file.startsWith(site)) throw new Error('outside');
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      resolve();
    }),
  );
});

test.afterAll(() => {
  server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** The published files of the dataset a page fetched. */
function dataRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    const m = /\/data\/stats\/([^?]+)/.exec(r.url());
    if (m) seen.push(m[1]!);
  });
  return seen;
}

const provinceFile = (name: string) => /^[a-z0-9-]+\/\d{6}\.[0-9a-f]{12}\.json$/.test(name);

async function chooseProvince(page: Page, typed: string, name: RegExp) {
  await page.getByRole('combobox', { name: '省份' }).fill(typed);
  await page.getByRole('option', { name }).click();
}

test('a dataset published into the site is there for a fresh browser, with no import', async ({ page }) => {
  const requests = dataRequests(page);
  await page.goto(`${base}import.html`);
  const item = page.getByTestId('published-item').filter({ hasText: '测试县级数据' });
  await expect(item).toContainText('已发布', { timeout: LOAD });
  await expect(item).toContainText('示例数据（非真实统计）');
  await expect(item).toContainText('测试发布单位 · 数据截至 2024年12月底 · 2023—2024年 · 县级 · 8 行');
  await item.getByRole('button', { name: '查看图表' }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]dataset=${ID}(&|$)`));

  const dashboard = page.getByTestId('stats-dashboard');
  await expect(dashboard).toContainText('示例数据（非真实统计）');
  // Every chart names the file and its publisher.
  const sources = dashboard.getByTestId('chart-source');
  await expect(sources).toHaveCount(4);
  for (const s of await sources.all())
    await expect(s).toHaveText(
      /数据来源：测试发布单位发布的文件「jianfu-site-\w+\.csv」（.+发布，数据截至 2024年12月底）/,
    );
  // The figures are the file's: 甘肃 2024 is 50 of 70 planned documents, summed over its two counties.
  await expect(dashboard).toContainText('甘肃 71.4%（50/70）（2行的合计）');
  // The articles' footer is not under these figures.
  await expect(page.getByText('所有数字均摘自人民日报公开报道')).toHaveCount(0);
  // The national view fetched the summary only.
  expect(requests.filter(provinceFile)).toEqual([]);
  expect(requests.filter((r) => r.includes('summary.'))).toHaveLength(1);
});

test('choosing a province fetches that province’s file only, and its rows show with their lines', async ({
  page,
}) => {
  const requests = dataRequests(page);
  await page.goto(`${base}import.html?dataset=${ID}`);
  await expect(page.getByTestId('stats-dashboard')).toBeVisible({ timeout: LOAD });
  await chooseProvince(page, '甘肃', /^甘肃/);
  await expect(page.getByTestId('published-view')).toHaveAttribute('data-provinces-loaded', '620000');
  expect(requests.filter(provinceFile)).toEqual([expect.stringMatching(new RegExp(`^${ID}/620000\\.`))]);
  // 甘肃's own rows now, drilled to its cities: lines 3 and 5 of the published file (2024).
  await expect(page.getByTestId('stats-dashboard')).toContainText(
    '天水市 72%（18/25）（第5行） · 兰州市 71.1%（32/45）（第3行）',
  );
  // A province with no rows (广东) has no file: nothing is fetched and nothing is wrong.
  await chooseProvince(page, '广东', /^广东/);
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(requests.filter(provinceFile)).toHaveLength(1);
});

test('its share link and its deck open in another fresh browser', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}import.html?dataset=${ID}&province=620000&year=2023`);
  await expect(page.getByTestId('stats-dashboard')).toHaveAttribute('data-year', '2023', { timeout: LOAD });
  await expect(page.getByTestId('published-view')).toHaveAttribute('data-provinces-loaded', '620000');
  const present = page.getByRole('link', { name: '在汇报模式中展示' });
  await expect(present).toHaveAttribute('href', new RegExp(`present\\.html\\?.*dataset=${ID}`));
  await present.click();
  await expect(page).toHaveURL(/present\.html/);
  await expect(page.getByTestId('deck-source')).toContainText('测试县级数据');
  await expect(page.getByTestId('deck-source')).toContainText('示例数据（非真实统计）');
  await expect(page.getByRole('heading', { name: '测试县级数据' })).toBeVisible();
  await expect(page.getByText('已发布统计数据汇报').first()).toBeVisible();

  // The deck link opened on its own, in a third fresh browser.
  const other = await browser.newContext({ locale: 'zh-CN' });
  const deck = await other.newPage();
  await deck.goto(`${base}present.html?dataset=${ID}`);
  await expect(deck.getByRole('heading', { name: '测试县级数据' })).toBeVisible({ timeout: LOAD });
  await expect(deck.getByTestId('missing-dataset')).toHaveCount(0);
  await other.close();
  await context.close();
});

test.describe('failures', () => {
  test.use({ allowConsoleErrors: true });

  test('a corrupt province file shows its own error, naming the file, while the others work', async ({
    page,
  }) => {
    const catalogue = JSON.parse(readFileSync(path.join(site, 'data', 'datapackage.json'), 'utf8'));
    const hubei = catalogue.resources.find(
      (r: { dataset: string; province?: string }) => r.dataset === ID && r.province === '420000',
    );
    // Changed after publishing: its hash no longer matches the catalogue's.
    await page.route(`**/data/${hubei.path}`, async (route) => {
      const response = await route.fetch();
      await route.fulfill({
        response,
        body: (await response.text()).replace('"documents":60', '"documents":61'),
      });
    });
    await page.goto(`${base}import.html?dataset=${ID}`);
    await chooseProvince(page, '湖北', /^湖北/);
    const error = page.getByTestId('province-error');
    await expect(error).toContainText(`数据集「data/${hubei.path}」未能加载`);
    await expect(error).toContainText('SHA-256');
    await expect(error).toContainText('湖北的市县数据未能载入');
    // 甘肃's file is fine: its rows come in beside 湖北's totals.
    await chooseProvince(page, '甘肃', /^甘肃/);
    await expect(page.getByTestId('published-view')).toHaveAttribute('data-provinces-loaded', '620000');
    await expect(page.getByTestId('province-error')).toHaveCount(1);
    await expect(page.getByTestId('stats-dashboard')).toContainText('甘肃 71.4%（50/70）（第3、5行）');
  });

  test('a missing summary is this dataset’s error only', async ({ page }) => {
    await page.route('**/data/stats/**/summary.*.json', (route) => route.fulfill({ status: 404, body: '' }));
    await page.goto(`${base}import.html?dataset=${ID}`);
    await expect(page.getByTestId('published-error')).toContainText(`数据集「data/stats/${ID}/summary.`);
    await expect(page.getByTestId('published-error')).toContainText('HTTP 404');
    await expect(page.getByTestId('published-list')).toContainText('测试县级数据');
  });

  test('an invalid catalogue says what is wrong; the articles views work', async ({ page }) => {
    await page.route('**/data/datapackage.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: '{"catalogueVersion": 1, "resources": 3}',
      }),
    );
    await page.goto(`${base}import.html?dataset=${ID}`);
    const error = page.getByTestId('catalogue-error');
    await expect(error).toContainText('数据集「data/datapackage.json」未能加载');
    await expect(error).toContainText('resources');
    await expect(error).toContainText('已发布的统计数据暂时无法显示');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '总览' }).click();
    await expect(page.getByTestId('headline-card')).toHaveCount(5);
  });
});

test.describe('offline', () => {
  // The province not fetched before going offline fails to load, as it should (and is said on screen).
  test.use({ serviceWorkers: 'allow', allowConsoleErrors: true });

  test('after a visit, the catalogue, the summary and a province fetched once work offline', async ({
    page,
    context,
  }) => {
    // The repository's own example dataset: its catalogue and summary are precached by the build's
    // service worker, a province file once fetched.
    await page.goto('import.html?dataset=example-counties');
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await chooseProvince(page, '甘肃', /^甘肃/);
    await expect(page.getByTestId('published-view')).toHaveAttribute('data-provinces-loaded', '620000');
    // Until the worker controls the page, the fetch went past it: fetched again under its control.
    await page.reload();
    await expect(page.getByTestId('published-view')).toHaveAttribute('data-provinces-loaded', '620000');
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('published-view')).toHaveAttribute('data-provinces-loaded', '620000');
    await expect(page.getByTestId('stats-dashboard')).toContainText('示例数据（非真实统计）');
    await page.goto('import.html?dataset=example-counties&province=420000');
    await expect(page.getByTestId('province-error')).toContainText('420000');
    await expect(page.getByTestId('stats-dashboard')).toBeVisible();
    await context.setOffline(false);
  });

  test('a redeployed catalogue reaches a reader whose service worker already holds the old one', async ({
    page,
  }) => {
    await page.goto(`${base}import.html`);
    await expect(page.getByTestId('published-item').filter({ hasText: '测试县级数据' })).toBeVisible({
      timeout: LOAD,
    });
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await page.reload();
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await expect(page.getByTestId('published-item').filter({ hasText: '测试县级数据' })).toBeVisible();

    // The office publishes another file and redeploys: only the catalogue changes under its own name.
    const csv = path.join(site, '..', `${path.basename(site)}-again.csv`);
    writeFileSync(csv, CSV);
    const cli = (...args: string[]) =>
      execFileSync(process.execPath, ['scripts/data.mjs', ...args, '--dir', path.join(site, 'data')], {
        cwd: ROOT,
      });
    cli('add', csv, '--id', 'e2e-redeployed', '--title', '重新发布的测试数据', '--synthetic');
    rmSync(csv);
    try {
      await page.reload();
      // Served by the worker, network first: the new list, not the one cached at the first visit.
      await expect(
        page.getByTestId('published-item').filter({ hasText: '重新发布的测试数据' }),
      ).toBeVisible();
      await expect(page.getByTestId('published-item').filter({ hasText: '测试县级数据' })).toBeVisible();
    } finally {
      cli('remove', 'e2e-redeployed');
    }
  });
});
